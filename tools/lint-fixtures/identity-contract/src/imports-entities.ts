// Fixture: a contract library leaking its scope's entities and services. Lint must reject both imports.
import { Entity } from 'typeorm';
import { MemberEntity } from '@lovecando/identity-api';

export const leaks = [Entity, MemberEntity];
