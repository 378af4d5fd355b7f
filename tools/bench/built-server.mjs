// The production server as `npm start` runs it, on a free port and a database nobody else uses, for the
// tools that look at the built app from outside: the web bench (web.mjs) and the screenshots
// (tools/screenshots.mjs). The database: a new one on TEST_DATABASE_URL's server if set, else an embedded
// PostgreSQL in a temporary folder. A new server publishes the first terms of use, so /terms has its text.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const MAIN = 'dist/api/apps/api/src/main.js';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** A database nobody else uses, and how to remove it afterwards. */
export async function throwawayDatabase() {
  if (process.env.TEST_DATABASE_URL) {
    const name = `lcd_built_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    const drop = async () => {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
    return { env: { DATABASE_URL: url.toString() }, drop };
  }
  const folder = mkdtempSync(join(tmpdir(), 'lovecando-built-'));
  chmodSync(folder, 0o755); // as root, PostgreSQL runs as the postgres user
  return {
    env: { DATABASE_URL: '', EMBEDDED_PG_DIR: join(folder, 'postgres') },
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The production server, as `npm start` runs it, ready to answer. */
export async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: 'inherit',
  });
  const exited = new Promise((done) => child.once('exit', done));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    if (response?.status === 200) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the server did not become ready');
    await new Promise((tick) => setTimeout(tick, 100));
  }
  const stop = () => (child.exitCode === null && child.kill('SIGTERM'), exited);
  return { origin: `http://127.0.0.1:${port}`, stop };
}
