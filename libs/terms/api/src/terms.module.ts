// The terms scope on the server: stored versions of the terms of use and their public reading.
import { Module } from '@nestjs/common';
import { TermsResolver } from './resolvers/terms.resolver.js';
import { TermsStore } from './services/terms-store.service.js';

@Module({ providers: [TermsStore, TermsResolver], exports: [TermsStore] })
export class TermsModule {}
