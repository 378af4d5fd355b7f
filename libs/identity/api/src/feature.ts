// The identity scope's server manifest: accounts, sessions and the access guard, their tables and
// migrations. The app mounts it with the options it derives from its configuration.
import { type ApiFeature } from '@lovecando/shared-server';
import { identityEntities } from './entities/index.js';
import { IdentityModule } from './identity.module.js';
import { type IdentityOptions } from './identity-options.js';
import { identityMigrations } from './migrations/index.js';
import { identityErrors } from './identity.errors.js';

export const identityApiFeature: ApiFeature<IdentityOptions> = {
  name: 'identity',
  module: (options) => IdentityModule.register(options),
  entities: identityEntities,
  migrations: identityMigrations,
  errors: identityErrors,
};
