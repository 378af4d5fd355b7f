// Facts about the running instance.
import { Module } from '@nestjs/common';
import { ErrorCodesResolver } from '../errors/error-codes.resolver.js';
import { SystemResolver } from './system.resolver.js';

@Module({ providers: [SystemResolver, ErrorCodesResolver] })
export class SystemModule {}
