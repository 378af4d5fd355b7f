// Readiness against a real database: it must say not-ready until migrations ran and once shutting down.
import { createTestDatabase, type TestDatabase } from '@lovecando/shared-testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options.js';
import { applyMigrations } from '../database/migration-status.js';
import { ReadinessService } from './readiness.service.js';

let database: TestDatabase;
let source: DataSource;

beforeEach(async () => {
  database = await createTestDatabase('readiness');
  source = await new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 })).initialize();
});
afterEach(async () => {
  if (source.isInitialized) await source.destroy();
  await database.drop();
});

describe('ReadinessService', () => {
  it('is not ready before migrations, ready after', async () => {
    const readiness = new ReadinessService(source);
    expect(await readiness.check()).toMatchObject({ ready: false, database: true, migrations: false });
    await applyMigrations(source);
    expect(await readiness.check()).toMatchObject({ ready: true, database: true, migrations: true });
  });

  it('is not ready once shutting down', async () => {
    await applyMigrations(source);
    const readiness = new ReadinessService(source);
    readiness.markShuttingDown();
    expect(await readiness.check()).toMatchObject({ ready: false, database: true, shuttingDown: true });
  });

  it('is not ready when the database is gone', async () => {
    await applyMigrations(source);
    const readiness = new ReadinessService(source);
    await source.destroy();
    expect(await readiness.check()).toMatchObject({ ready: false, database: false, migrations: false });
  });
});
