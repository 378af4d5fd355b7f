// The terms scope's server manifest: the stored versions of the terms of use, their table and migration.
import { type ApiFeature } from '@lovecando/shared-server';
import { termsEntities } from './entities/terms-version.entity.js';
import { termsMigrations } from './migrations/index.js';
import { TermsModule } from './terms.module.js';
import { termsErrors } from './terms.errors.js';

export const termsApiFeature: ApiFeature = {
  name: 'terms',
  module: () => TermsModule,
  entities: termsEntities,
  migrations: termsMigrations,
  errors: termsErrors,
};
