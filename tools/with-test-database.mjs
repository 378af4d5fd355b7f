#!/usr/bin/env node
// Runs a command with TEST_DATABASE_URL set: the configured server when the variable is already there,
// otherwise a throwaway embedded PostgreSQL (fsync off, removed afterwards). Every test file then creates
// and drops its own database on it (libs/shared/testing). Needs `npm run build:api` first.
//   node tools/with-test-database.mjs jest --selectProjects integration
import { spawn } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../dist/api/libs/shared/embedded-postgres/src/index.js';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node tools/with-test-database.mjs <command> [args...]\n');
  process.exit(2);
}

let cluster;
if (!process.env.TEST_DATABASE_URL) {
  const folder = await mkdtemp(join(tmpdir(), 'lovecando-test-'));
  // As root, PostgreSQL runs as the postgres user, who must be able to reach the data folder.
  await chmod(folder, 0o755);
  cluster = await startEmbeddedPostgres({
    dataDir: join(folder, 'pg'),
    persistent: false,
    database: 'postgres',
  });
  process.env.TEST_DATABASE_URL = cluster.adminUrl;
}

const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', async (code, signal) => {
  await cluster?.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
