#!/usr/bin/env node
// The server the browser tests drive: the built app (npm run build) on E2E_PORT, on a fresh database
// created on TEST_DATABASE_URL's server, or else on its own throwaway embedded PostgreSQL — the same path
// `npm start` takes on a machine with no database. NODE_ENV=test keeps the development outbox, which the
// sign-up journey reads; the demo accounts (README) are seeded at start, as `npm run demo` does.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const port = process.env.E2E_PORT ?? '3100';
const env = {
  ...process.env,
  NODE_ENV: 'test',
  PORT: port,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  // Emailed links must point at the origin the browser uses, or its session cookie would not follow.
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  // Every test signs up from 127.0.0.1; the limit itself is tested by the API tests.
  SIGN_UPS_PER_ADDRESS_PER_HOUR: '100000',
};
let cleanUp = () => Promise.resolve();

if (process.env.TEST_DATABASE_URL) {
  const name = `lcd_e2e_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanUp = async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
} else {
  const folder = mkdtempSync(join(tmpdir(), 'lovecando-e2e-'));
  chmodSync(folder, 0o755); // as root, PostgreSQL runs as the postgres user
  delete env.DATABASE_URL;
  env.EMBEDDED_PG_DIR = join(folder, 'postgres');
  cleanUp = () => Promise.resolve(rmSync(folder, { recursive: true, force: true }));
}

// `--demo`, as `npm run demo` does: the demo accounts exist before the server reports ready.
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js', '--demo'], {
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', async (code) => {
  await cleanUp().catch(() => undefined);
  process.exit(code ?? 0);
});
