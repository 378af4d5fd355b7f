// An instance always keeps an active admin, under any interleaving. Two admins demoting each other at
// the same instant used to both succeed (each passed the role check before its transaction began).
// Here the interleaving is forced: both requests are held at the administration lock, having passed
// the access guard, then released together.
import pg from 'pg';
import { signedUpMember, sql, type TestMember } from './members.js';
import { startTestApi, type TestApi } from './start-test-api.js';

const ADMINS_LOCK_KEY = 7_420_016_421;
const SET_ROLE = 'mutation ($id: ID!) { setMemberRole(input: { memberId: $id, role: MEMBER }) { id role } }';
const SUSPEND = 'mutation ($id: ID!) { suspendMember(input: { memberId: $id, reason: "mutual" }) { id } }';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function holder(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: api.database.url });
  await client.connect();
  return client;
}

/** Waits until `count` sessions wait for the administration lock. */
async function waitForWaiters(count: number): Promise<void> {
  for (;;) {
    const [row] = await sql<{ n: string }>(
      api.database.url,
      "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
    );
    if (Number(row?.n) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const activeAdmins = async () =>
  Number(
    (
      await sql<{ n: string }>(
        api.database.url,
        "SELECT count(*) AS n FROM member WHERE role = 'ADMIN' AND status = 'ACTIVE'",
      )
    )[0]?.n,
  );

async function race(left: TestMember, right: TestMember, operation: string): Promise<(string | undefined)[]> {
  const lock = await holder();
  await lock.query('SELECT pg_advisory_lock($1)', [ADMINS_LOCK_KEY]);
  const both = Promise.all([
    left.session.errorCode(operation, { id: right.id }),
    right.session.errorCode(operation, { id: left.id }),
  ]);
  await waitForWaiters(2);
  await lock.query('SELECT pg_advisory_unlock($1)', [ADMINS_LOCK_KEY]);
  await lock.end();
  return both;
}

describe('the last active admin', () => {
  // Each test starts without admins; the cleanup itself bypasses the rule (replica mode skips triggers).
  beforeEach(() =>
    sql(
      api.database.url,
      "SET session_replication_role = replica; UPDATE member SET role = 'MEMBER' WHERE role = 'ADMIN'",
    ),
  );

  it('cannot be lost by two admins demoting each other at the same instant', async () => {
    const [ada, alan] = [
      await signedUpMember(api, 'ada', 'ADMIN'),
      await signedUpMember(api, 'alan', 'ADMIN'),
    ];
    const codes = await race(ada, alan, SET_ROLE);
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(codes.filter((code) => code === 'FORBIDDEN')).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });

  it('cannot be lost by two admins suspending each other at the same instant', async () => {
    const [ada, alan] = [
      await signedUpMember(api, 'ada', 'ADMIN'),
      await signedUpMember(api, 'alan', 'ADMIN'),
    ];
    const codes = await race(ada, alan, SUSPEND);
    expect(codes.sort()).toEqual(['FORBIDDEN', undefined]);
    expect(await activeAdmins()).toBe(1);
  });

  it('is kept by the database itself, even against two concurrent transactions that bypass the API', async () => {
    const [ada, alan] = [
      await signedUpMember(api, 'ada', 'ADMIN'),
      await signedUpMember(api, 'alan', 'ADMIN'),
    ];
    const [first, second] = [await holder(), await holder()];
    try {
      await first.query('BEGIN');
      await second.query('BEGIN');
      await first.query("UPDATE member SET role = 'MEMBER' WHERE id = $1", [ada.id]);
      // The second waits for the first at the lock the rule takes, then sees its demotion.
      const demoteAlan = second.query("UPDATE member SET role = 'MEMBER' WHERE id = $1", [alan.id]);
      await waitForWaiters(1);
      await first.query('COMMIT');
      await expect(demoteAlan).rejects.toThrow(/at least one active admin must remain/);
      await second.query('ROLLBACK');
    } finally {
      await first.end();
      await second.end();
    }
    expect(await activeAdmins()).toBe(1);
  });
});
