// Applies and inspects migrations; used at start-up, by `npm run db:migrate` and by readiness.
import { type DataSource } from 'typeorm';

// Several API instances may start at once against one database (scale-out): a session-level advisory lock
// lets exactly one of them migrate while the others wait, then find nothing left to do.
const MIGRATION_LOCK_KEY = 7_146_518_330;

/** Runs pending migrations, each in its own transaction, and returns their names. */
export async function applyMigrations(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}

/** True when every known migration is recorded as applied. */
export async function migrationsUpToDate(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
