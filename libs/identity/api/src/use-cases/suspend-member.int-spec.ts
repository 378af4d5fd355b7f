// SuspendMember on real PostgreSQL: the member is suspended with the reason, their sessions end, and
// the history says who did it and why; refusals change nothing; two admins suspending each other at the
// same moment cannot both succeed.
import { refusalOf, refusalsAmong } from '@lovecando/shared-testing';
import { SessionService } from '../services/session.service.js';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { SuspendMember } from './suspend-member.js';

let test: IdentityTest;
let suspendMember: SuspendMember;

beforeAll(async () => {
  test = await identityTestModule('suspend_member');
  suspendMember = test.get(SuspendMember);
});
afterAll(() => test.close());

describe('SuspendMember', () => {
  it('suspends with the trimmed reason and ends every session of the member', async () => {
    const admin = await test.members.add({ role: 'ADMIN' });
    const member = await test.members.add();
    await test.dataSource.transaction((manager) => test.get(SessionService).start(manager, member.id, 'x'));

    const suspended = await suspendMember.execute({
      actorId: admin.id,
      memberId: member.id,
      reason: '  Spam in the debates  ',
    });

    expect(suspended).toMatchObject({ status: 'SUSPENDED', suspendedReason: 'Spam in the debates' });
    expect(await test.members.reload(member.id)).toMatchObject({
      status: 'SUSPENDED',
      suspendedReason: 'Spam in the debates',
    });
    const live = await test.dataSource.query<unknown[]>(
      'SELECT 1 FROM session WHERE member_id = $1 AND revoked_at IS NULL',
      [member.id],
    );
    expect(live).toHaveLength(0);
    expect(await test.events(member.id)).toEqual([
      { type: 'SUSPENDED', actorId: admin.id, details: { reason: 'Spam in the debates' } },
    ]);
  });

  it.each([
    {
      name: 'suspending themselves',
      target: 'self',
      reason: 'A good reason',
      code: 'CANNOT_SUSPEND_SELF',
      field: 'input.memberId',
    },
    {
      name: 'a member already suspended',
      target: 'suspended',
      reason: 'A good reason',
      code: 'ALREADY_SUSPENDED',
      field: 'input.memberId',
    },
    {
      name: 'a blank reason',
      target: 'member',
      reason: '   ',
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    },
    {
      name: 'a 501-character reason',
      target: 'member',
      reason: 'r'.repeat(501),
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    },
    {
      name: 'a malformed id',
      target: 'malformed',
      reason: 'A good reason',
      code: 'BAD_USER_INPUT',
      field: 'input.memberId',
    },
    {
      name: 'a member that does not exist',
      target: 'unknown',
      reason: 'A good reason',
      code: 'NOT_FOUND',
      field: 'memberId',
    },
    {
      name: 'an actor who is no admin',
      target: 'by-member',
      reason: 'A good reason',
      code: 'FORBIDDEN',
      field: undefined,
    },
  ])('refuses $name with $code and changes nothing', async ({ target, reason, code, field }) => {
    const admin = await test.members.add({ role: 'ADMIN' });
    const actor = target === 'by-member' ? await test.members.add() : admin;
    const member = await test.members.add(target === 'suspended' ? { status: 'SUSPENDED' } : {});
    const memberId =
      { self: admin.id, malformed: 'x', unknown: '00000000-0000-4000-8000-000000000000' }[target] ??
      member.id;
    const before = await test.state();

    await expect(
      refusalOf(suspendMember.execute({ actorId: actor.id, memberId, reason })),
    ).resolves.toMatchObject({
      code,
      field,
    });
    expect(await test.state()).toEqual(before);
  });

  it('lets only one of two admins suspending each other at once succeed, so one of them stays an admin', async () => {
    const [ada, bob] = [await test.members.add({ role: 'ADMIN' }), await test.members.add({ role: 'ADMIN' })];

    const results = await Promise.allSettled([
      suspendMember.execute({ actorId: ada.id, memberId: bob.id, reason: 'Takeover attempt' }),
      suspendMember.execute({ actorId: bob.id, memberId: ada.id, reason: 'Takeover attempt' }),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(refusalsAmong(results)).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const admins = await test.dataSource.query<unknown[]>(
      `SELECT 1 FROM member WHERE id = ANY($1) AND role = 'ADMIN' AND status = 'ACTIVE'`,
      [[ada.id, bob.id]],
    );
    expect(admins).toHaveLength(1);
  });
});
