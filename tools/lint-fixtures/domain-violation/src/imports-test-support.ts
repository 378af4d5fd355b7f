// Fixture: production code importing test support, a library's `/testing` entry point or its own testing/.
import { createMockClient } from '@lovecando/shared-web-data/testing';
import { sample } from './testing/helpers.js';

export const leak = [createMockClient, sample];
