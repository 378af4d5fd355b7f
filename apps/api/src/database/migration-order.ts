// Orders the migrations of the app and of every feature into the one sequence TypeORM runs. A migration's
// class name ends with its 13-digit timestamp (CreateTerms1795959000000); that timestamp, not the scope it
// belongs to, decides when it runs, exactly as when all migrations lived in one folder.
import { type MigrationClass } from '@lovecando/shared-server';

/** The timestamp at the end of a migration's class name; a name without one is a mistake, refused. */
export function migrationTimestamp(migration: MigrationClass): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match?.[1])
    throw new Error(`Migration ${migration.name} has no 13-digit timestamp at the end of its name`);
  return Number(match[1]);
}

/** The migrations sorted by timestamp; two with the same timestamp or name are refused. */
export function inTimestampOrder(migrations: readonly MigrationClass[]): MigrationClass[] {
  const sorted = migrations
    .map((migration) => ({ migration, timestamp: migrationTimestamp(migration) }))
    .sort((a, b) => a.timestamp - b.timestamp);
  sorted.forEach(({ migration, timestamp }, index) => {
    const previous = sorted[index - 1];
    if (previous?.timestamp === timestamp) {
      throw new Error(`Migrations ${previous.migration.name} and ${migration.name} share a timestamp`);
    }
  });
  return sorted.map(({ migration }) => migration);
}
