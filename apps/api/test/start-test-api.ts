// Starts the real API (same factory as main.ts) on a free port against a fresh test database.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressInfo } from 'node:net';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { createTestDatabase, type TestDatabase } from '@lovecando/shared-testing';
import { createApp } from '../src/create-app.js';
import { loadConfig } from '../src/config/load-config.js';

export interface TestApi {
  app: NestExpressApplication;
  baseUrl: string;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A stand-in for the built web app, so the static serving and SPA fallback can be checked. */
export function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lovecando-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>LoveCanDo</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'main-abc123.js'), 'console.log("hi");');
  return dir;
}

export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const database = await createTestDatabase('api');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: fakeWebDist(), ...env });
  const app = await createApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
