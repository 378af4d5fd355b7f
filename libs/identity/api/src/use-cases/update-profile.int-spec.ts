// UpdateProfile on real PostgreSQL: what differs is written and recorded in the history, nothing else;
// a bad name changes nothing.
import { refusalOf } from '@lovecando/shared-testing';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { UpdateProfile } from './update-profile.js';

let test: IdentityTest;
let updateProfile: UpdateProfile;

beforeAll(async () => {
  test = await identityTestModule('update_profile');
  updateProfile = test.get(UpdateProfile);
});
afterAll(() => test.close());

describe('UpdateProfile', () => {
  it('writes the trimmed name and the language, and records what changed', async () => {
    const member = await test.members.add({ displayName: 'Ada', locale: 'en' });

    const updated = await updateProfile.execute({
      memberId: member.id,
      displayName: '  Ada Lovelace ',
      locale: 'fr',
    });

    expect(updated).toMatchObject({ displayName: 'Ada Lovelace', locale: 'fr' });
    expect(await test.members.reload(member.id)).toMatchObject({ displayName: 'Ada Lovelace', locale: 'fr' });
    expect(await test.events(member.id)).toEqual([
      { type: 'PROFILE_UPDATED', actorId: null, details: { displayName: 'Ada Lovelace', locale: 'fr' } },
    ]);
  });

  it('records only what differs, and writes nothing when nothing does', async () => {
    const member = await test.members.add({ displayName: 'Grace', locale: 'en' });

    await updateProfile.execute({ memberId: member.id, displayName: 'Grace', locale: 'fr' });
    expect(await test.events(member.id)).toEqual([
      { type: 'PROFILE_UPDATED', actorId: null, details: { locale: 'fr' } },
    ]);
    const before = await test.state();
    await updateProfile.execute({ memberId: member.id, displayName: 'Grace', locale: 'fr' });
    await updateProfile.execute({ memberId: member.id });
    expect(await test.state()).toEqual(before);
  });

  it.each([
    { name: 'an empty name', displayName: '' },
    { name: 'an 81-character name', displayName: 'n'.repeat(81) },
    { name: 'a control character in the name', displayName: 'Ada\u0007' },
  ])(
    'refuses $name with BAD_USER_INPUT on input.displayName and changes nothing',
    async ({ displayName }) => {
      const member = await test.members.add();
      const before = await test.state();
      await expect(
        refusalOf(updateProfile.execute({ memberId: member.id, displayName, locale: 'fr' })),
      ).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.displayName' });
      expect(await test.state()).toEqual(before);
    },
  );
});
