// MemberQueries on real PostgreSQL: the admins' list pages newest first without skipping or repeating,
// filters by role, status and text (LIKE wildcards taken literally), and the history is the member's own
// or an admin's to read.
import { refusalOf } from '@lovecando/shared-testing';
import { type Actor } from '@lovecando/identity-domain';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { MemberQueries } from './member-queries.js';

let test: IdentityTest;
let queries: MemberQueries;

beforeAll(async () => {
  test = await identityTestModule('member_queries');
  queries = test.get(MemberQueries);
});
afterAll(() => test.close());

const actor = (member: { id: string; role: Actor['role'] }): Actor => ({
  id: member.id,
  role: member.role,
  status: 'ACTIVE',
});

describe('MemberQueries', () => {
  it('pages through every member newest first, each once, and filters by role, status and text', async () => {
    const added = [];
    for (let n = 0; n < 5; n += 1) added.push(await test.members.add({ displayName: `Paged 100%_${n}` }));
    await test.members.add({ displayName: 'Board one', role: 'BOARD' });
    await test.members.add({ displayName: 'Suspended one', status: 'SUSPENDED' });

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await queries.list({ text: '100%_' }, 2, after);
      expect(page.totalCount).toBe(5);
      seen.push(...page.members.map(({ member }) => member.id));
      if (!page.hasNextPage) break;
      after = page.members.at(-1)?.cursor;
    }
    expect(seen).toEqual(added.map((member) => member.id).reverse());
    // As a LIKE wildcard, _ would match the 0 of "100"; taken literally, nothing has "1_0".
    expect((await queries.list({ text: '1_0' }, 10, undefined)).totalCount).toBe(0);
    expect(
      (await queries.list({ role: 'BOARD' }, 10, undefined)).members.map(({ member }) => member.displayName),
    ).toEqual(['Board one']);
    expect((await queries.list({ status: 'SUSPENDED' }, 10, undefined)).totalCount).toBe(1);
  });

  it.each([
    { name: 'a page of 0', first: 0, after: undefined, field: 'first' },
    { name: 'a page of 101', first: 101, after: undefined, field: 'first' },
    { name: 'a forged cursor', first: 10, after: 'bm90IGEgY3Vyc29y', field: 'after' },
  ])('refuses $name with BAD_USER_INPUT on $field', async ({ first, after, field }) => {
    await expect(refusalOf(queries.list(undefined, first, after))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('shows a history to its member and to admins only', async () => {
    const member = await test.members.add();
    const admin = await test.members.add({ role: 'ADMIN' });
    const other = await test.members.add();
    await test.dataSource.query(
      `INSERT INTO account_event (member_id, type, details) VALUES ($1, 'EMAIL_VERIFIED', '{}')`,
      [member.id],
    );

    expect(await queries.history(actor(member), member.id)).toHaveLength(1);
    expect(await queries.history(actor(admin), member.id)).toHaveLength(1);
    await expect(refusalOf(queries.history(actor(other), member.id))).resolves.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(refusalOf(queries.history(actor(admin), 'x'))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberId',
    });
  });
});
