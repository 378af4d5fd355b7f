// Entry point of `npm start`: validate configuration, open the database (embedded when DATABASE_URL is
// unset), migrate, serve the API and the web app on one port, and stop cleanly on SIGINT/SIGTERM.
// `--demo` (npm run demo) adds the demo data first (demo/demo-data.ts).
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/load-config.js';
import { type AppConfig, listenHost } from './config/config.schema.js';
import { DataSource } from 'typeorm';
import { CreateVerifiedMembers } from '@lovecando/identity-api';
import { createApp } from './create-app.js';
import { seedDemoData } from './demo/demo-data.js';
import { createLogger } from './logging/logger-options.js';
import { openDatabase } from './database/open-database.js';
import { ReadinessService } from './health/readiness.service.js';
import { onTerminationSignals } from './lifecycle/graceful-shutdown.js';
import { InFlightWork } from './lifecycle/in-flight-work.js';

function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config);
  const database = await openDatabase(config, log);
  const app = await createApp(config, database.url, log).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  if (process.argv.includes('--demo')) {
    const { created } = await seedDemoData(
      config.NODE_ENV,
      app.get(DataSource),
      app.get(CreateVerifiedMembers),
    );
    log.info({ created }, created ? 'demo data created (accounts in the README)' : 'demo data already there');
  }
  const host = listenHost(config);
  await app.listen(config.PORT, host);
  log.info(
    { url: `http://localhost:${config.PORT}`, host, embeddedDatabase: database.embedded },
    'LoveCanDo is ready',
  );

  onTerminationSignals(
    async (signal) => {
      log.info({ signal }, 'shutting down');
      app.get(ReadinessService).markShuttingDown();
      // Answers already under way finish before the database pool closes; half the allowed time at most.
      const work = app.get(InFlightWork);
      const drained = await work.drain(app.getHttpServer(), config.SHUTDOWN_TIMEOUT_MS / 2);
      if (!drained) log.warn({ inFlight: work.count }, 'work still running at shutdown');
      await app.close();
      await database.stop();
      log.info('stopped');
    },
    {
      timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      onTimeout: () => log.error('shutdown timed out; exiting anyway'),
      onError: (error) => log.error({ err: error }, 'shutdown failed'),
    },
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`LoveCanDo could not start: ${message}\n`);
  process.exit(1);
});
