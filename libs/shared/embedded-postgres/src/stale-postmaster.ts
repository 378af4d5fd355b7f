// Recovery from a crash. When the Node process that started PostgreSQL dies without stopping it (kill -9,
// a power cut of the terminal), the postmaster keeps running and holds postmaster.pid, and the next start
// would fail on the lock. We stop such an orphan cleanly (fast shutdown, then immediate) and remove a
// lock file whose process is gone.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive, readPid } from './ownership.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return cmdline.some((part) => part.endsWith('postgres')) && cmdline.includes(dataDir);
  } catch {
    // No /proc (macOS): trust the lock file, postgres itself re-checks it.
    return isProcessAlive(pid);
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(50);
  }
  return !isProcessAlive(pid);
}

export type StaleOutcome = 'none' | 'stopped-orphan' | 'removed-lock';

/** Leaves the data directory free for a new postmaster and says what it had to do. */
export async function recoverStalePostmaster(dataDir: string): Promise<StaleOutcome> {
  const lockFile = join(dataDir, 'postmaster.pid');
  const pid = await readPid(lockFile);
  if (pid === undefined) return 'none';
  if (await isPostmasterOf(pid, dataDir)) {
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitForExit(pid, 5_000);
    }
    return 'stopped-orphan';
  }
  await rm(lockFile, { force: true });
  return 'removed-lock';
}
