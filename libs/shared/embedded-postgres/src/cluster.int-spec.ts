// The embedded cluster's life cycle on real PostgreSQL binaries: a restart keeps the data, a crash is
// recovered, a live owner is respected, a throwaway cluster leaves nothing behind. Each cluster runs in a
// helper process built from this library (npm run build:api), as `npm start` runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { isProcessAlive } from './ownership.js';

const HOLDER = resolve(__dirname, '../test/hold-cluster.mjs');

// Each test runs initdb and starts real PostgreSQL processes: seconds on a busy two-core machine.
jest.setTimeout(60_000);

interface Held {
  process: ChildProcess;
  url: string;
  recovered: string;
}

function freshDataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'lovecando-embedded-'));
  chmodSync(folder, 0o755);
  return join(folder, 'pg');
}

function hold(dataDir: string, mode: 'persistent' | 'throwaway' = 'persistent'): Promise<Held> {
  const child = spawn(process.execPath, [HOLDER, dataDir, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ready, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const line = chunk.toString().trim();
      if (line.startsWith('READY '))
        ready({ process: child, ...(JSON.parse(line.slice(6)) as Omit<Held, 'process'>) });
      if (line.startsWith('FAILED ')) fail(new Error(line.slice(7)));
    });
  });
}

function stop(held: Held, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((done) => {
    held.process.once('exit', () => done());
    held.process.kill(signal);
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('embedded PostgreSQL', () => {
  it('keeps its data across a restart', async () => {
    const dataDir = freshDataDir();
    const first = await hold(dataDir);
    await query(first.url, 'CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$still here$$)');
    await stop(first);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = await hold(dataDir);
    try {
      expect(second.recovered).toBe('none');
      expect(await query(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    } finally {
      await stop(second);
    }
  });

  it('recovers the orphaned postmaster of a crashed owner and keeps the data', async () => {
    const dataDir = freshDataDir();
    const crashed = await hold(dataDir);
    await query(crashed.url, 'CREATE TABLE kept (value int); INSERT INTO kept VALUES (7)');
    const orphan = postmasterPid(dataDir);
    await stop(crashed, 'SIGKILL');
    expect(isProcessAlive(orphan)).toBe(true);

    const restarted = await hold(dataDir);
    try {
      expect(restarted.recovered).toBe('stopped-orphan');
      expect(isProcessAlive(orphan)).toBe(false);
      expect(await query(restarted.url, 'SELECT value FROM kept')).toEqual([{ value: 7 }]);
    } finally {
      await stop(restarted);
    }
  }, 30_000);

  it('removes a lock file left by a process that no longer exists', async () => {
    const dataDir = freshDataDir();
    await stop(await hold(dataDir));
    writeFileSync(join(dataDir, 'postmaster.pid'), '999999\n');
    const cluster = await hold(dataDir);
    try {
      expect(cluster.recovered).toBe('removed-lock');
    } finally {
      await stop(cluster);
    }
  });

  it('refuses a data directory that a live process is using, and leaves that process alone', async () => {
    const dataDir = freshDataDir();
    const owner = await hold(dataDir);
    try {
      await expect(hold(dataDir)).rejects.toThrow(/EmbeddedPostgresBusyError: .* in use by process \d+/);
      expect(await query(owner.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await stop(owner);
    }
  }, 30_000);

  it('removes a throwaway cluster on stop', async () => {
    const dataDir = freshDataDir();
    await stop(await hold(dataDir, 'throwaway'));
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('supervision of the embedded PostgreSQL', () => {
  it('starts a postmaster that died again, keeps the data, and leaves no lock file after a stop', async () => {
    const dataDir = freshDataDir();
    const held = await hold(dataDir);
    await query(held.url, 'CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$survives$$)');
    const first = postmasterPid(dataDir);
    process.kill(first, 'SIGKILL');

    // The owner notices and starts a new postmaster on the same port; the data is still there.
    let rows: { value: string }[] = [];
    for (let attempt = 0; rows.length === 0; attempt += 1) {
      if (attempt > 200) throw new Error('the postmaster was not started again');
      await new Promise((tick) => setTimeout(tick, 100));
      rows = await query<{ value: string }>(held.url, 'SELECT value FROM kept').catch(() => []);
    }
    expect(rows).toEqual([{ value: 'survives' }]);
    expect(postmasterPid(dataDir)).not.toBe(first);

    await stop(held);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(existsSync(`${dataDir}.owner`)).toBe(false);
  });

  it('removes the lock files on stop even when the postmaster is already gone', async () => {
    const dataDir = freshDataDir();
    const held = await hold(dataDir);
    const pid = postmasterPid(dataDir);
    // Killed and stopped at once: the stop must not wait for a postmaster that will never answer.
    process.kill(pid, 'SIGKILL');
    await stop(held);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(existsSync(`${dataDir}.owner`)).toBe(false);
  });
});
