// The identity scope's migrations. Listed explicitly (not globbed) so the built server and the tests run
// exactly the same set. Migrations are never edited once they have landed: add a new one. The app runs
// them with the other scopes' by timestamp; the use-case tests run them on their own database.
import { type MigrationClass } from '@lovecando/shared-server';
import { CreateIdentity1795958000000 } from './1795958000000-create-identity.js';
import { GuardIdentity1796145700000 } from './1796145700000-guard-identity.js';

export const identityMigrations: readonly MigrationClass[] = [
  CreateIdentity1795958000000,
  GuardIdentity1796145700000,
];
