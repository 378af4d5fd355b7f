// Every migration, in order. Listed explicitly (not globbed) so the built server and the tests run exactly
// the same set. Migrations are never edited once they have landed: add a new one. Each scope owns its
// migrations (identityMigrations); the application runs them all by timestamp, the order they have always
// had, whichever scope they come from.
import { identityMigrations } from '@lovecando/identity-api';
import { CreateInstance1795957200000 } from './1795957200000-create-instance.js';
import { CreateTerms1795959000000 } from './1795959000000-create-terms.js';

/** The timestamp a migration's class name ends with (CreateTerms1795959000000). */
const timestamp = (migration: { name: string }): number => Number(/\d+$/.exec(migration.name)?.[0]);

export const migrations = [CreateInstance1795957200000, CreateTerms1795959000000, ...identityMigrations].sort(
  (a, b) => timestamp(a) - timestamp(b),
);
