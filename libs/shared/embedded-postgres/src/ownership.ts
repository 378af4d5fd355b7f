// Who owns a data directory. The Node process that starts an embedded cluster writes its pid next to the
// data; a later start can then tell a live owner (refuse: two servers on one data directory corrupt it)
// from a crashed one (recover: its postmaster may still be running, orphaned).
import { readFile, rm, writeFile } from 'node:fs/promises';

export class EmbeddedPostgresBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${ownerPid}; stop that process first`);
    this.name = 'EmbeddedPostgresBusyError';
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function readPid(file: string): Promise<number | undefined> {
  try {
    const firstLine = (await readFile(file, 'utf8')).split('\n', 1)[0] ?? '';
    const pid = Number.parseInt(firstLine.trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Claims the data directory for this process, or throws when a live process already holds it. */
export async function claimOwnership(ownerFile: string, dataDir: string): Promise<void> {
  const owner = await readPid(ownerFile);
  if (owner !== undefined && owner !== process.pid && isProcessAlive(owner)) {
    throw new EmbeddedPostgresBusyError(dataDir, owner);
  }
  await writeFile(ownerFile, `${process.pid}\n`);
}

/** Once the cluster listens, its port goes on the owner file's second line, for commands to find it. */
export async function recordPort(ownerFile: string, port: number): Promise<void> {
  await writeFile(ownerFile, `${process.pid}\n${port}\n`);
}

/** The port of the cluster a live process owns in this data directory, if there is one. */
export async function runningClusterPort(ownerFile: string): Promise<number | undefined> {
  try {
    const [pidLine = '', portLine = ''] = (await readFile(ownerFile, 'utf8')).split('\n');
    const pid = Number.parseInt(pidLine, 10);
    const port = Number.parseInt(portLine, 10);
    if (!isProcessAlive(pid) || !Number.isInteger(port) || port <= 0) return undefined;
    return port;
  } catch {
    return undefined;
  }
}

export async function releaseOwnership(ownerFile: string): Promise<void> {
  if ((await readPid(ownerFile)) === process.pid) await rm(ownerFile, { force: true });
}
