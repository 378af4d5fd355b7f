// Starts the real API (same factory as main.ts) on a free port against a fresh test database.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressInfo } from 'node:net';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { createTestDatabase, type TestDatabase } from '@lovecando/shared-testing';
import { JobQueue } from '@lovecando/shared-server';
import { createApp } from '../src/create-app.js';
import { loadConfig } from '../src/config/load-config.js';

export interface TestApi {
  app: NestExpressApplication;
  baseUrl: string;
  database: TestDatabase;
  /** Resolves once every job enqueued so far has run (emails written by jobs are then in the outbox). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The script of the stand-in web app, with the precompressed copies the build writes next to it. */
export const FAKE_SCRIPT = `console.log(${JSON.stringify('LoveCanDo '.repeat(100))});`;

/** A stand-in for the built web app, so the static serving and SPA fallback can be checked. */
export function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lovecando-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>LoveCanDo</title><div id="root"></div>');
  const script = join(dir, 'assets', 'main-abc123.js');
  writeFileSync(script, FAKE_SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(FAKE_SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(FAKE_SCRIPT));
  writeFileSync(`${script}.map`, '{"version":3,"sources":[],"mappings":""}');
  return dir;
}

/** Test files sign up many members from 127.0.0.1; the limit itself has its own test. */
const TEST_DEFAULTS = { SIGN_UPS_PER_ADDRESS_PER_HOUR: '100000' };

/**
 * The API on a free port. `existing` starts a second instance on another instance's database;
 * `host` is where it listens (127.0.0.1 unless a test needs the network address).
 */
export async function startTestApi(
  env: Record<string, string> = {},
  existing?: TestDatabase,
  host = '127.0.0.1',
): Promise<TestApi> {
  const database = existing ?? (await createTestDatabase('api'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: fakeWebDist(),
    ...TEST_DEFAULTS,
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.listen(0, host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    settle: () => app.get(JobQueue).drain(),
    async close() {
      await app.close();
      // A second instance on the same database leaves the database to the first one.
      if (!existing) await database.drop();
    },
  };
}
