// ReinstateMember on real PostgreSQL: a suspension is lifted, back to ACTIVE or, for an address never
// confirmed, PENDING; refusals change nothing.
import { refusalOf } from '@lovecando/shared-testing';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { ReinstateMember } from './reinstate-member.js';

let test: IdentityTest;
let reinstateMember: ReinstateMember;

beforeAll(async () => {
  test = await identityTestModule('reinstate_member');
  reinstateMember = test.get(ReinstateMember);
});
afterAll(() => test.close());

describe('ReinstateMember', () => {
  it.each([
    { name: 'ACTIVE when the address was confirmed', verified: true, status: 'ACTIVE' },
    { name: 'PENDING when it never was', verified: false, status: 'PENDING' },
  ])('lifts the suspension: $name', async ({ verified, status }) => {
    const admin = await test.members.add({ role: 'ADMIN' });
    const member = await test.members.add({ status: 'SUSPENDED', verified });

    const reinstated = await reinstateMember.execute({ actorId: admin.id, memberId: member.id });

    expect(reinstated).toMatchObject({ status, suspendedReason: null });
    expect(await test.members.reload(member.id)).toMatchObject({ status, suspendedReason: null });
    expect(await test.events(member.id)).toEqual([{ type: 'REINSTATED', actorId: admin.id, details: {} }]);
  });

  it.each([
    { name: 'a member who is not suspended', target: 'member', code: 'NOT_SUSPENDED', field: 'memberId' },
    { name: 'a malformed id', target: 'malformed', code: 'BAD_USER_INPUT', field: 'memberId' },
    { name: 'a member that does not exist', target: 'unknown', code: 'NOT_FOUND', field: 'memberId' },
    { name: 'an actor who is no admin', target: 'by-member', code: 'FORBIDDEN', field: undefined },
  ])('refuses $name with $code and changes nothing', async ({ target, code, field }) => {
    const admin = await test.members.add({ role: 'ADMIN' });
    const actor = target === 'by-member' ? await test.members.add() : admin;
    const member = await test.members.add(target === 'member' ? {} : { status: 'SUSPENDED' });
    const memberId = { malformed: 'x', unknown: '00000000-0000-4000-8000-000000000000' }[target] ?? member.id;
    const before = await test.state();

    await expect(refusalOf(reinstateMember.execute({ actorId: actor.id, memberId }))).resolves.toMatchObject({
      code,
      field,
    });
    expect(await test.state()).toEqual(before);
  });
});
