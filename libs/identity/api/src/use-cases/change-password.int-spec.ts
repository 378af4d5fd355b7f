// ChangePassword on real PostgreSQL: the new password replaces the old, every session and reset link
// ends and one new session starts; refusals change nothing; two changes at once cannot both pass the
// check against the old password.
import { refusalOf, refusalsAmong } from '@lovecando/shared-testing';
import { verify } from '@node-rs/argon2';
import { AccountTokens } from '../services/account-tokens.service.js';
import { hashSecret } from '../services/secret-token.js';
import { SessionService } from '../services/session.service.js';
import { identityTestModule, TEST_PASSWORD, type IdentityTest } from '../testing/identity-test-module.js';
import { ChangePassword } from './change-password.js';

let test: IdentityTest;
let changePassword: ChangePassword;

beforeAll(async () => {
  test = await identityTestModule('change_password');
  changePassword = test.get(ChangePassword);
});
afterAll(() => test.close());

const NEW_PASSWORD = 'another fine passphrase for autumn';

describe('ChangePassword', () => {
  it('replaces the password, ends every session and reset link, and starts one new session', async () => {
    const member = await test.members.add();
    const oldSession = await test.dataSource.transaction((manager) =>
      test.get(SessionService).start(manager, member.id, 'old browser'),
    );
    const resetLink = await test.dataSource.transaction((manager) =>
      test.get(AccountTokens).issue(manager, member.id, 'RESET_PASSWORD'),
    );

    const { secret } = await changePassword.execute({
      memberId: member.id,
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      userAgent: 'this browser',
    });

    const changed = await test.members.reload(member.id);
    expect(await verify(changed.passwordHash, NEW_PASSWORD)).toBe(true);
    const sessions = await test.dataSource.query<{ id_hash: string; revoked: boolean; user_agent: string }[]>(
      'SELECT id_hash, revoked_at IS NOT NULL AS revoked, user_agent FROM session WHERE member_id = $1',
      [member.id],
    );
    expect(sessions).toEqual(
      expect.arrayContaining([
        { id_hash: hashSecret(oldSession), revoked: true, user_agent: 'old browser' },
        { id_hash: hashSecret(secret), revoked: false, user_agent: 'this browser' },
      ]),
    );
    expect(sessions).toHaveLength(2);
    expect(await test.get(AccountTokens).isUsable(test.dataSource.manager, resetLink, 'RESET_PASSWORD')).toBe(
      false,
    );
    const events = await test.dataSource.query<{ type: string }[]>(
      'SELECT type FROM account_event WHERE member_id = $1',
      [member.id],
    );
    expect(events.map((event) => event.type)).toEqual(['PASSWORD_CHANGED']);
  });

  it.each([
    {
      name: 'a wrong current password',
      command: { currentPassword: 'not the password', newPassword: NEW_PASSWORD },
      code: 'INVALID_CREDENTIALS',
      field: 'input.currentPassword',
    },
    {
      name: 'an empty current password',
      command: { currentPassword: '', newPassword: NEW_PASSWORD },
      code: 'BAD_USER_INPUT',
      field: 'input.currentPassword',
    },
    {
      name: 'a weak new password',
      command: { currentPassword: TEST_PASSWORD, newPassword: 'qwertyuiop12' },
      code: 'PASSWORD_TOO_WEAK',
      field: 'input.newPassword',
    },
    {
      name: 'a short new password',
      command: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      code: 'PASSWORD_TOO_SHORT',
      field: 'input.newPassword',
    },
    {
      name: 'a new password too long to hash',
      command: { currentPassword: TEST_PASSWORD, newPassword: 'p'.repeat(1025) },
      code: 'BAD_USER_INPUT',
      field: 'input.newPassword',
    },
  ])('refuses $name with $code on $field and changes nothing', async ({ command, code, field }) => {
    const member = await test.members.add();
    const before = await test.state();
    await expect(
      refusalOf(changePassword.execute({ memberId: member.id, userAgent: undefined, ...command })),
    ).resolves.toMatchObject({ code, field });
    expect(await test.state()).toEqual(before);
  });

  it('lets only one of two simultaneous changes from the same old password succeed', async () => {
    const member = await test.members.add();
    const attempt = (newPassword: string) =>
      changePassword.execute({
        memberId: member.id,
        currentPassword: TEST_PASSWORD,
        newPassword,
        userAgent: undefined,
      });

    const results = await Promise.allSettled([
      attempt('first winner phrase of the race'),
      attempt('second winner phrase of the race'),
    ]);

    const succeeded = results.filter((result) => result.status === 'fulfilled');
    const refused = refusalsAmong(results);
    expect(succeeded).toHaveLength(1);
    expect(refused).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    const events = await test.dataSource.query<unknown[]>(
      `SELECT 1 FROM account_event WHERE member_id = $1 AND type = 'PASSWORD_CHANGED'`,
      [member.id],
    );
    expect(events).toHaveLength(1);
  });
});
