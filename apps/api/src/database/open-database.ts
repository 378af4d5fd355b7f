// Chooses the database: the server named by DATABASE_URL, or, when it is unset, an embedded PostgreSQL
// whose data lives in EMBEDDED_PG_DIR and survives restarts, and which this process starts again if it
// dies (the API's pool reconnects by itself and /health/ready turns green again).
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres } from '@lovecando/shared-embedded-postgres';
import { type Logger } from 'pino';
import { type AppConfig } from '../config/config.schema.js';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface OpenOptions {
  /**
   * For commands: when the server already runs the embedded PostgreSQL, use it rather than refuse (one
   * process owns a data directory; the others connect to its cluster).
   */
  joinRunning?: boolean;
}

export async function openDatabase(
  config: AppConfig,
  log: Logger,
  { joinRunning = false }: OpenOptions = {},
): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  }
  const running = joinRunning ? await runningEmbeddedPostgresUrl(config.EMBEDDED_PG_DIR) : undefined;
  if (running) {
    log.info({ dataDir: config.EMBEDDED_PG_DIR }, 'using the embedded PostgreSQL of the running server');
    return { url: running, embedded: true, stop: () => Promise.resolve() };
  }
  const started = Date.now();
  const cluster = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_PG_DIR,
    preferredPort: config.EMBEDDED_PG_PORT,
    onLog: (line) => log.debug({ postgres: line }, 'embedded PostgreSQL'),
    supervision: {
      onExit: ({ code, signal, delayMs, attempt }) =>
        log.error(
          { code, signal, delayMs, attempt },
          'the embedded PostgreSQL stopped unexpectedly; restarting it',
        ),
      onRestarted: ({ attempt }) => log.warn({ attempt }, 'the embedded PostgreSQL runs again'),
      onRestartFailed: ({ attempt, error }) =>
        log.error({ attempt, err: error }, 'the embedded PostgreSQL could not be restarted yet'),
    },
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
