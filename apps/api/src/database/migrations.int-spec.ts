// Migrations against a real, empty PostgreSQL database.
import { createTestDatabase, type TestDatabase } from '@lovecando/shared-testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { applyMigrations, migrationsUpToDate } from './migration-status.js';
import { migrations } from './migrations/index.js';

let database: TestDatabase;
const sources: DataSource[] = [];

async function connect(): Promise<DataSource> {
  const source = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
  sources.push(source);
  return source.initialize();
}

beforeEach(async () => {
  database = await createTestDatabase('migrations');
});
afterEach(async () => {
  await Promise.all(sources.splice(0).map((source) => source.destroy()));
  await database.drop();
});

describe('migrations', () => {
  it('bring an empty database up to date, and a second run does nothing', async () => {
    const source = await connect();
    expect(await migrationsUpToDate(source)).toBe(false);

    const applied = await applyMigrations(source);
    expect(applied).toEqual(migrations.map((migration) => migration.name));
    expect(await migrationsUpToDate(source)).toBe(true);
    expect(await applyMigrations(source)).toEqual([]);
  });

  it('create exactly one instance row, which the database keeps unique', async () => {
    const source = await connect();
    await applyMigrations(source);
    const rows = await source.query<{ id: string }[]>('SELECT id FROM instance');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(source.query('INSERT INTO instance DEFAULT VALUES')).rejects.toThrow(/duplicate key/);
    await expect(source.query('INSERT INTO instance (singleton) VALUES (false)')).rejects.toThrow(
      /check constraint/,
    );
  });

  it('run once when several instances start together', async () => {
    const [first, second, third] = await Promise.all([connect(), connect(), connect()]);
    const results = await Promise.all([
      applyMigrations(first),
      applyMigrations(second),
      applyMigrations(third),
    ]);
    expect(results.flat()).toEqual(migrations.map((migration) => migration.name));
    const recorded = await first.query<{ name: string }[]>('SELECT name FROM migrations');
    expect(recorded.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  });

  it('can be reverted, so a bad release can roll back', async () => {
    const source = await connect();
    await applyMigrations(source);
    for (let step = 0; step < migrations.length; step += 1) await source.undoLastMigration();
    const tables = await source.query<{ tablename: string }[]>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'",
    );
    expect(tables).toEqual([]);
  });
});
