// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import 'reflect-metadata';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { loadConfig } from './config/load-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { applyMigrations } from './database/migration-status.js';
import { openDatabase } from './database/open-database.js';

async function migrate(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL });
  const database = await openDatabase(config, log);
  const dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
  try {
    await dataSource.initialize();
    const applied = await applyMigrations(dataSource);
    log.info({ applied }, applied.length ? 'migrations applied' : 'the database is up to date');
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
