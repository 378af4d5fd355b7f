// Chooses the database: the server named by DATABASE_URL, or, when it is unset, an embedded PostgreSQL
// whose data lives in EMBEDDED_PG_DIR and survives restarts.
import { startEmbeddedPostgres } from '@lovecando/shared-embedded-postgres';
import { type Logger } from 'pino';
import { type AppConfig } from '../config/config.schema.js';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(config: AppConfig, log: Logger): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  }
  const started = Date.now();
  const cluster = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_PG_DIR,
    preferredPort: config.EMBEDDED_PG_PORT,
    onLog: (line) => log.debug({ postgres: line }, 'embedded PostgreSQL'),
  });
  if (cluster.recovered !== 'none') {
    log.warn(
      { recovered: cluster.recovered },
      'recovered the embedded PostgreSQL left behind by an earlier crash',
    );
  }
  log.info(
    { dataDir: cluster.dataDir, port: cluster.port, ms: Date.now() - started },
    'embedded PostgreSQL started (set DATABASE_URL to use a server instead)',
  );
  return { url: cluster.url, embedded: true, stop: () => cluster.stop() };
}
