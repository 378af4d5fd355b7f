// Work that must happen after a change, durably: a job is written in the same transaction as the change
// that causes it (so it exists exactly when the change does), then run by a worker of any instance, with
// retries. Jobs live in PostgreSQL (pg-boss, its own schema), so every instance shares one queue and
// each job runs once at a time; handlers must be idempotent because a retried job may run again.
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { type DataSource } from 'typeorm';
import { SERVER_OPTIONS, type ServerModuleOptions } from '../server-options.js';
import { type Transaction } from '../transaction/in-transaction.js';

export interface JobHandler<T extends object> {
  /** Queue name: letters, digits, dashes and dots (`identity.deliver-email`). */
  readonly name: string;
  /** Retries after the first failure, spaced with exponential backoff from `retryDelaySeconds`. */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  /** A run taking longer than this is treated as failed and retried. */
  readonly expireInSeconds?: number;
  handle(data: T): Promise<void>;
}

interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Polls this often; a job enqueued by this instance wakes its local worker at once. */
const POLLING_INTERVAL_SECONDS = 2;
const STOP_TIMEOUT_MS = 5_000;

@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly workerIds = new Map<string, string>();
  private boss: PgBoss | undefined;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVER_OPTIONS) private readonly options: ServerModuleOptions,
  ) {}

  /** Called by feature modules while the application is built; workers start with the application. */
  register<T extends object>(handler: JobHandler<T>): void {
    if (this.handlers.has(handler.name)) throw new Error(`job ${handler.name} is registered twice`);
    this.handlers.set(handler.name, handler);
  }

  /** Writes the job in the caller's transaction; after commit, wakes this instance's worker. */
  async enqueue<T extends object>(transaction: Transaction, name: string, data: T): Promise<void> {
    if (!this.handlers.has(name)) throw new Error(`no handler is registered for job ${name}`);
    const runner = transaction.manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('jobs are enqueued inside a transaction');
    const client = (await runner.connect()) as PgClient;
    await this.started().send(name, data, {
      db: { executeSql: (text, values) => client.query(text, values) },
    });
    transaction.afterCommit(() => this.wake(name));
  }

  /** Waits until no job of these queues (all by default) is waiting or running, e.g. in tests. */
  async drain(names: readonly string[] = [...this.handlers.keys()], timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await this.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active')`,
        [names],
      );
      if (Number(rows[0]?.n ?? 0) === 0) return;
      if (Date.now() > deadline) throw new Error(`jobs ${names.join(', ')} still pending`);
      for (const name of names) this.wake(name);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.jobs === 'off') return;
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('the job queue needs the database URL');
    const boss = new PgBoss({
      connectionString: url,
      schema: 'pgboss',
      application_name: 'lovecando-jobs',
      max: 3,
      // Keep finished jobs two days for inspection, then let pg-boss delete them.
      deleteAfterDays: 2,
    });
    boss.on('error', (error) => {
      // While stopping, a maintenance query cut short by the database going away is expected.
      if (this.stopping) this.logger.debug({ err: error }, 'job queue error while stopping');
      else this.logger.error({ err: error }, 'job queue error');
    });
    await boss.start();
    this.boss = boss;
    for (const handler of this.handlers.values()) {
      await boss.createQueue(handler.name, {
        name: handler.name,
        retryLimit: handler.retryLimit ?? 5,
        retryDelay: handler.retryDelaySeconds ?? 10,
        retryBackoff: true,
        expireInSeconds: handler.expireInSeconds ?? 300,
      });
      if (this.options.jobs !== 'work') continue;
      const id = await boss.work<object>(
        handler.name,
        { pollingIntervalSeconds: POLLING_INTERVAL_SECONDS, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await handler.handle(job.data);
        },
      );
      this.workerIds.set(handler.name, id);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    this.stopping = true;
    // Jobs under way get a moment to finish; an interrupted one is retried by another instance later.
    await boss?.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
  }

  private wake(name: string): void {
    const id = this.workerIds.get(name);
    if (id && this.boss) this.boss.notifyWorker(id);
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('the job queue has not started');
    return this.boss;
  }
}
