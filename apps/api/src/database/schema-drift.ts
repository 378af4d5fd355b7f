// Where the entities and the migrated database disagree, as the SQL TypeORM's schema builder would run to
// make the database match the entities (planned, never run). Tables, columns, types, nullability,
// defaults, primary keys and unique constraints must agree. The migrations also add guards the entities
// deliberately do not model (CHECK constraints, foreign keys, indexes, some partial): TypeORM plans to
// drop those, and such drops are no disagreement. schema-in-step.int-spec.ts runs this in `npm test`.
import { type DataSource } from 'typeorm';

/** Every statement TypeORM would run to bring the connected database in line with the entities. */
export async function plannedSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const plan = await dataSource.driver.createSchemaBuilder().log();
  return plan.upQueries.map(({ query }) => query.replace(/\s+/g, ' ').trim());
}

/** Names of the CHECK and FOREIGN KEY constraints and of the indexes of the connected database. */
async function databaseOnlyGuards(
  dataSource: DataSource,
): Promise<{ constraints: Set<string>; indexes: Set<string> }> {
  const constraints = await dataSource.query<{ name: string }[]>(
    `SELECT conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.contype IN ('c', 'f')`,
  );
  const indexes = await dataSource.query<{ name: string }[]>(
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'`,
  );
  return {
    constraints: new Set(constraints.map(({ name }) => name)),
    indexes: new Set(indexes.map(({ name }) => name)),
  };
}

/** The planned changes that are real disagreements: everything but dropping a guard the entities leave out. */
export async function schemaDisagreements(dataSource: DataSource): Promise<string[]> {
  const guards = await databaseOnlyGuards(dataSource);
  return (await plannedSchemaChanges(dataSource)).filter((query) => {
    const droppedConstraint = /^ALTER TABLE "[^"]+" DROP CONSTRAINT "([^"]+)"$/.exec(query)?.[1];
    if (droppedConstraint) return !guards.constraints.has(droppedConstraint);
    const droppedIndex = /^DROP INDEX "public"\."([^"]+)"$/.exec(query)?.[1];
    if (droppedIndex) return !guards.indexes.has(droppedIndex);
    return true;
  });
}
