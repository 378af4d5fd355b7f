// One transaction per use case, the way every use case opens it: the work runs in a transaction, side
// effects that must wait for the commit (waking a job worker, delivering an email) are registered with
// afterCommit, and a transaction that PostgreSQL aborted to resolve a deadlock or a serialization
// conflict is run again from the start, so the loser of a race gets a fresh look instead of an error.
import { Logger } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { classifyDatabaseError } from './database-errors.js';

export interface Transaction {
  readonly manager: EntityManager;
  /** Runs once the transaction has committed; never when it rolls back. */
  afterCommit(this: void, task: () => unknown): void;
}

export interface TransactionOptions {
  /** Attempts in all, the first included, when the transaction loses a conflict. */
  attempts?: number;
}

const DEFAULT_ATTEMPTS = 4;
const logger = new Logger('Transaction');

/** A short random pause that grows with each attempt, so two retrying sides do not collide again. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 10 * attempt));

export async function inTransaction<T>(
  dataSource: DataSource,
  work: (transaction: Transaction) => Promise<T>,
  { attempts = DEFAULT_ATTEMPTS }: TransactionOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const tasks: (() => unknown)[] = [];
    try {
      const result = await dataSource.transaction((manager) =>
        work({ manager, afterCommit: (task) => void tasks.push(task) }),
      );
      for (const task of tasks) {
        // The change is committed: a failing follow-up is logged, it cannot undo the use case.
        await Promise.resolve()
          .then(task)
          .catch((error: unknown) => logger.error({ err: error }, 'after-commit task failed'));
      }
      return result;
    } catch (error) {
      if (attempt >= attempts || classifyDatabaseError(error) !== 'conflict') throw error;
      logger.warn({ attempt }, 'transaction lost a conflict with a concurrent one; retrying');
      await backoff(attempt);
    }
  }
}
