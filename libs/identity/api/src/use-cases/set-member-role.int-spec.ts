// SetMemberRole on real PostgreSQL: an admin changes a member's role, with the change in the history;
// refusals change nothing; two admins demoting each other at the same moment cannot both succeed.
import { refusalOf, refusalsAmong } from '@lovecando/shared-testing';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { SetMemberRole } from './set-member-role.js';

let test: IdentityTest;
let setMemberRole: SetMemberRole;

beforeAll(async () => {
  test = await identityTestModule('set_member_role');
  setMemberRole = test.get(SetMemberRole);
});
afterAll(() => test.close());

describe('SetMemberRole', () => {
  it('changes the role and records who changed it from what to what', async () => {
    const admin = await test.members.add({ role: 'ADMIN' });
    const member = await test.members.add();

    const changed = await setMemberRole.execute({ actorId: admin.id, memberId: member.id, role: 'BOARD' });

    expect(changed).toMatchObject({ id: member.id, role: 'BOARD' });
    expect((await test.members.reload(member.id)).role).toBe('BOARD');
    expect(await test.events(member.id)).toEqual([
      { type: 'ROLE_CHANGED', actorId: admin.id, details: { from: 'MEMBER', to: 'BOARD' } },
    ]);
  });

  it('writes nothing when the member already has the role', async () => {
    const admin = await test.members.add({ role: 'ADMIN' });
    const member = await test.members.add({ role: 'BOARD' });
    const before = await test.state();

    await expect(
      setMemberRole.execute({ actorId: admin.id, memberId: member.id, role: 'BOARD' }),
    ).resolves.toMatchObject({ role: 'BOARD' });
    expect(await test.state()).toEqual(before);
  });

  it.each([
    { name: 'their own role', target: 'self', code: 'CANNOT_CHANGE_OWN_ROLE', field: 'input.memberId' },
    { name: 'a malformed id', target: 'malformed', code: 'BAD_USER_INPUT', field: 'input.memberId' },
    { name: 'a member that does not exist', target: 'unknown', code: 'NOT_FOUND', field: 'memberId' },
    { name: 'anything when the actor is no admin', target: 'by-member', code: 'FORBIDDEN', field: undefined },
    {
      name: 'anything when the admin is suspended',
      target: 'by-suspended',
      code: 'FORBIDDEN',
      field: undefined,
    },
  ])('refuses $name with $code and changes nothing', async ({ target, code, field }) => {
    const admin = await test.members.add({ role: 'ADMIN' });
    const member = await test.members.add();
    const actor =
      target === 'by-member'
        ? await test.members.add()
        : target === 'by-suspended'
          ? await test.members.add({ role: 'ADMIN', status: 'SUSPENDED' })
          : admin;
    const memberId =
      {
        self: admin.id,
        malformed: '1; DROP TABLE member',
        unknown: '00000000-0000-4000-8000-000000000000',
      }[target] ?? member.id;
    const before = await test.state();

    await expect(
      refusalOf(setMemberRole.execute({ actorId: actor.id, memberId, role: 'ADMIN' })),
    ).resolves.toMatchObject({ code, field });
    expect(await test.state()).toEqual(before);
  });

  it('lets only one of two admins demoting each other at once succeed, so one of them stays an admin', async () => {
    const [ada, bob] = [await test.members.add({ role: 'ADMIN' }), await test.members.add({ role: 'ADMIN' })];

    const results = await Promise.allSettled([
      setMemberRole.execute({ actorId: ada.id, memberId: bob.id, role: 'MEMBER' }),
      setMemberRole.execute({ actorId: bob.id, memberId: ada.id, role: 'MEMBER' }),
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
