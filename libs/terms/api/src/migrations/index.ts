// The terms scope's migrations. Listed explicitly (not globbed) so the built server and the tests run
// exactly the same set. Migrations are never edited once they have landed: add a new one.
import { type MigrationClass } from '@lovecando/shared-server';
import { CreateTerms1795959000000 } from './1795959000000-create-terms.js';

export const termsMigrations: readonly MigrationClass[] = [CreateTerms1795959000000];
