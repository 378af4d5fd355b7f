// One transaction per use case, on real PostgreSQL: the loser of a deadlock is run again from the start
// and succeeds, after-commit tasks run only once the change is committed, and a failure that is not a
// conflict is not retried.
import { createTestDatabase, type TestDatabase } from '@lovecando/shared-testing';
import { DataSource } from 'typeorm';
import { inTransaction } from './in-transaction.js';

let database: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase('transaction');
  dataSource = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 4 } }).initialize();
  await dataSource.query('CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL)');
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE account; INSERT INTO account VALUES (1, 100), (2, 100)'));

/** Resolves when both sides hold their first lock, so each then waits for the other's. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) release();
    return all;
  };
}

describe('inTransaction', () => {
  it('runs the loser of a deadlock again, so both transfers happen', async () => {
    const bothLocked = barrier(2);
    const attempts = { ab: 0, ba: 0 };
    const transfer = (from: number, to: number, key: 'ab' | 'ba') =>
      inTransaction(dataSource, async ({ manager }) => {
        attempts[key] += 1;
        await manager.query('UPDATE account SET balance = balance - 10 WHERE id = $1', [from]);
        if (attempts[key] === 1) await bothLocked();
        await manager.query('UPDATE account SET balance = balance + 10 WHERE id = $1', [to]);
      });
    await Promise.all([transfer(1, 2, 'ab'), transfer(2, 1, 'ba')]);
    // PostgreSQL aborted one side to break the deadlock; it ran again and succeeded.
    expect(attempts.ab + attempts.ba).toBe(3);
    expect(await dataSource.query('SELECT id, balance FROM account ORDER BY id')).toEqual([
      { id: 1, balance: 100 },
      { id: 2, balance: 100 },
    ]);
  });

  it('runs after-commit tasks once committed, and never for a rolled-back transaction', async () => {
    const ran: string[] = [];
    await inTransaction(dataSource, async ({ manager, afterCommit }) => {
      afterCommit(() => ran.push('committed'));
      await manager.query('UPDATE account SET balance = 0 WHERE id = 1');
      expect(ran).toEqual([]);
    });
    await expect(
      inTransaction(dataSource, async ({ manager, afterCommit }) => {
        afterCommit(() => ran.push('rolled back'));
        await manager.query('UPDATE account SET balance = 1 WHERE id = 1');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(ran).toEqual(['committed']);
    expect(await dataSource.query('SELECT balance FROM account WHERE id = 1')).toEqual([{ balance: 0 }]);
  });

  it('does not retry a failure that is not a conflict', async () => {
    let attempts = 0;
    await expect(
      inTransaction(dataSource, async ({ manager }) => {
        attempts += 1;
        await manager.query('INSERT INTO account VALUES (1, 5)');
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(attempts).toBe(1);
  });
});
