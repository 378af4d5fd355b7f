// Migrations stay in step with entities: on a fresh database, after every migration has run, TypeORM
// plans no change for the entities of the features (beyond dropping the guards entities do not model,
// schema-drift.ts). A column added to an entity without its migration, or one a migration creates that no
// entity declares, fails here with the SQL that differs.
import { createTestDatabase, type TestDatabase } from '@lovecando/shared-testing';
import { termsApiFeature } from '@lovecando/terms-api';
import { Column, DataSource, Entity } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { applyMigrations } from './migration-status.js';
import { schemaDisagreements } from './schema-drift.js';

const TermsVersionEntity = termsApiFeature.entities.find((entity) => entity.name === 'TermsVersionEntity');
if (!TermsVersionEntity) throw new Error('the terms feature no longer registers TermsVersionEntity');

/** The terms table as an entity that gained a column no migration adds: the drift the check must catch. */
@Entity('terms_version')
class TermsVersionWithNickname extends TermsVersionEntity {
  @Column({ type: 'text', nullable: true })
  nickname!: string | null;
}

let database: TestDatabase;
const sources: DataSource[] = [];

beforeAll(async () => {
  database = await createTestDatabase('schema_in_step');
  const migrator = await new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 })).initialize();
  try {
    await applyMigrations(migrator);
  } finally {
    await migrator.destroy();
  }
});
afterAll(async () => {
  await Promise.all(sources.splice(0).map((source) => source.destroy()));
  await database.drop();
});

async function connect(swap?: { entity: object; by: new () => object }): Promise<DataSource> {
  const options = dataSourceOptions({ url: database.url, poolSize: 2 });
  const entities = (options.entities as (new () => object)[]).map((entity) =>
    entity === swap?.entity ? swap.by : entity,
  );
  const source = new DataSource({ ...options, entities });
  sources.push(source);
  return source.initialize();
}

describe('entities and migrations', () => {
  it('agree: after all migrations, TypeORM plans no schema change', async () => {
    const changes = await schemaDisagreements(await connect());
    expect(changes.join('\n')).toBe('');
  });

  it('are caught disagreeing when an entity has a column no migration creates', async () => {
    const changes = await schemaDisagreements(
      await connect({ entity: TermsVersionEntity, by: TermsVersionWithNickname }),
    );
    expect(changes).toEqual([expect.stringMatching(/ALTER TABLE "terms_version" ADD "nickname" text/)]);
  });
});
