// The built server as `npm start` runs it (node dist/.../main.js): configuration errors, the embedded
// database by default, and a clean stop on SIGTERM/SIGINT. Needs `npm run build:api`.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '@lovecando/shared-embedded-postgres';
import { createTestDatabase, type TestDatabase } from '@lovecando/shared-testing';
import { launch, MAIN, waitUntilReady } from './built-server.js';

const SEED = resolve(__dirname, '../../../dist/api/apps/api/src/cli/seed-demo.js');

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not true after ${timeoutMs} ms`);
    await new Promise((tick) => setTimeout(tick, 50));
  }
}

/** This machine's address on a network, if it has one besides loopback. */
function networkAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('Build the server first: npm run build:api');
});

describe('server process', () => {
  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://nope'],
    ['LOG_LEVEL', 'loud'],
  ])('stops at boot with one line naming %s when it is wrong', async (name, value) => {
    const server = launch({ [name]: value });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${name} must be .*\\(got "${value}"\\)$`));
  });

  describe('with DATABASE_URL', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase('process');
    });
    afterAll(() => database.drop());

    it('migrates, serves, and stops cleanly on SIGTERM', async () => {
      const port = await findFreePort();
      const server = launch({ DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1' });
      await waitUntilReady(port);
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      const log = server.output();
      expect(log).toContain('"msg":"shutting down"');
      expect(log).toContain('"msg":"stopped"');
      expect(log).not.toMatch(/"level":50/);
    });

    it('lets sign-ins under way finish before closing the database, even when their clients hung up', async () => {
      const port = await findFreePort();
      const server = launch({ DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1' });
      await waitUntilReady(port);
      const controller = new AbortController();
      const signIns = Array.from({ length: 12 }, (_, n) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }',
            variables: { i: { email: `nobody${n}@example.org`, password: 'not the right password' } },
          }),
          signal: controller.signal,
        }).catch(() => 'hung up'),
      );
      // Each sign-in hashes a password (about 10 ms, at most 4 at once): some are still running when the
      // clients leave and the stop signal arrives.
      await new Promise((tick) => setTimeout(tick, 15));
      controller.abort();
      server.process.kill('SIGTERM');
      await Promise.all(signIns);
      expect(await server.exited).toBe(0);
      const log = server.output();
      expect(log).toContain('"msg":"stopped"');
      expect(log).not.toMatch(/"level":50/);
    });
  });

  describe('without DATABASE_URL', () => {
    it('starts an embedded PostgreSQL, keeps it across restarts, and stops it on SIGINT', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'lovecando-start-'));
      chmodSync(folder, 0o755);
      const dataDir = join(folder, 'postgres');
      for (const round of ['first', 'second']) {
        const port = await findFreePort();
        const server = launch({ PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_DIR: dataDir });
        await waitUntilReady(port);
        expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(true);
        server.process.kill('SIGINT');
        expect(await server.exited).toBe(0);
        expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
        expect(server.output()).toContain('embedded PostgreSQL started');
        const migrated = server.output().includes('migrations applied');
        expect(migrated).toBe(round === 'first');
      }
    }, 60_000);

    it('starts the embedded PostgreSQL again when it dies, and becomes ready again by itself', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'lovecando-revive-'));
      chmodSync(folder, 0o755);
      const dataDir = join(folder, 'postgres');
      const port = await findFreePort();
      const server = launch({ PORT: String(port), EMBEDDED_PG_DIR: dataDir });
      await waitUntilReady(port);
      const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmaster, 'SIGKILL');
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 503);
      await waitUntilReady(port);
      expect(server.output()).toContain('the embedded PostgreSQL stopped unexpectedly; restarting it');
      expect(server.output()).toContain('the embedded PostgreSQL runs again');
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
      expect(existsSync(`${dataDir}.owner`)).toBe(false);
    }, 60_000);
  });

  describe('the demo', () => {
    it('can be seeded while the server runs on its embedded PostgreSQL, once', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'lovecando-demo-'));
      chmodSync(folder, 0o755);
      const dataDir = join(folder, 'postgres');
      const port = await findFreePort();
      const server = launch({ PORT: String(port), EMBEDDED_PG_DIR: dataDir });
      try {
        await waitUntilReady(port);
        const seed = () =>
          spawnSync(process.execPath, [SEED], {
            env: { PATH: process.env['PATH'] ?? '', EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'warn' },
            encoding: 'utf8',
          });
        const first = seed();
        expect(first.status).toBe(0);
        expect(first.stdout).toContain('Demo data created: 204 accounts');
        const second = seed();
        expect(second.status).toBe(0);
        expect(second.stdout).toContain('Demo data is already there.');
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation { signIn(input: { email: "admin@demo.lovecando.org", password: "LoveCanDo demo admin 2026" }) { role } }',
          }),
        });
        expect(await response.json()).toEqual({ data: { signIn: { role: 'ADMIN' } } });
      } finally {
        server.process.kill('SIGTERM');
        await server.exited;
      }
    }, 60_000);
  });

  describe('in development, by default', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase('process_dev');
    });
    afterAll(() => database.drop());

    it('listens on 127.0.0.1 only, and writes no emailed token into its log', async () => {
      const port = await findFreePort();
      const server = launch({ DATABASE_URL: database.url, PORT: String(port) });
      await waitUntilReady(port);
      try {
        const network = networkAddress();
        if (network) {
          await expect(fetch(`http://${network}:${port}/health/live`)).rejects.toThrow();
        }
        // A link emailed before links carried their token in the fragment still reaches the server.
        const secret = 'Zq3xYc9dT0kLm2Nn8pQr4sTu6vWx1yZa5bCd7eFg9hI';
        await fetch(`http://127.0.0.1:${port}/reset-password?token=${secret}`);
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'query ($t: String!) { passwordResetLinkUsable(token: $t) }',
            variables: { t: secret },
          }),
        });
      } finally {
        server.process.kill('SIGTERM');
        await server.exited;
      }
      expect(server.output()).toContain('"host":"127.0.0.1"');
      expect(server.output()).toContain('/reset-password?token=[redacted]');
      expect(server.output()).not.toContain('Zq3xYc9dT0kLm2Nn8pQr4sTu6vWx1yZa5bCd7eFg9hI');
    });
  });
});
