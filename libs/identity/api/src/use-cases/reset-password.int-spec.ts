// ResetPassword on real PostgreSQL: the emailed token sets a new password once, ends every session and
// every other reset link, and confirms the address; a weak password leaves the link usable; a forged or
// short token changes nothing; two resets with one token at once cannot both succeed.
import { verify } from '@node-rs/argon2';
import { refusalOf, refusalsAmong } from '@lovecando/shared-testing';
import { AccountTokens } from '../services/account-tokens.service.js';
import { SessionService } from '../services/session.service.js';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { ResetPassword } from './reset-password.js';

let test: IdentityTest;
let resetPassword: ResetPassword;

beforeAll(async () => {
  test = await identityTestModule('reset_password');
  resetPassword = test.get(ResetPassword);
});
afterAll(() => test.close());

const NEW_PASSWORD = 'a brand new passphrase for winter';
const issue = (memberId: string) =>
  test.dataSource.transaction((manager) =>
    test.get(AccountTokens).issue(manager, memberId, 'RESET_PASSWORD'),
  );
const usable = (token: string) =>
  test.get(AccountTokens).isUsable(test.dataSource.manager, token, 'RESET_PASSWORD');

describe('ResetPassword', () => {
  it('sets the password, ends sessions and other links, and confirms a PENDING address', async () => {
    const member = await test.members.add({ status: 'PENDING' });
    const [token, otherLink] = [await issue(member.id), await issue(member.id)];
    await test.dataSource.transaction((manager) => test.get(SessionService).start(manager, member.id, 'x'));

    await resetPassword.execute({ token, password: NEW_PASSWORD });

    const after = await test.members.reload(member.id);
    expect(await verify(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.status).toBe('ACTIVE');
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect([await usable(token), await usable(otherLink)]).toEqual([false, false]);
    const live = await test.dataSource.query<unknown[]>(
      'SELECT 1 FROM session WHERE member_id = $1 AND revoked_at IS NULL',
      [member.id],
    );
    expect(live).toHaveLength(0);
    expect(await test.events(member.id)).toEqual([{ type: 'PASSWORD_RESET', actorId: null, details: {} }]);
  });

  it('refuses a weak password on input.password, changes nothing and leaves the link usable', async () => {
    const member = await test.members.add();
    const token = await issue(member.id);
    const before = await test.state();

    await expect(
      refusalOf(resetPassword.execute({ token, password: 'password1234' })),
    ).resolves.toMatchObject({
      code: 'PASSWORD_TOO_WEAK',
      field: 'input.password',
    });
    expect(await test.state()).toEqual(before);
    expect(await usable(token)).toBe(true);
  });

  it.each([
    {
      name: 'a forged token',
      token: 'B'.repeat(43),
      password: NEW_PASSWORD,
      code: 'INVALID_TOKEN',
      field: 'input.token',
    },
    {
      name: 'a short token',
      token: 'abc',
      password: NEW_PASSWORD,
      code: 'BAD_USER_INPUT',
      field: 'input.token',
    },
    {
      name: 'a password too long to hash',
      token: 'B'.repeat(43),
      password: 'p'.repeat(1025),
      code: 'BAD_USER_INPUT',
      field: 'input.password',
    },
  ])('refuses $name with $code on $field and changes nothing', async ({ token, password, code, field }) => {
    const before = await test.state();
    await expect(refusalOf(resetPassword.execute({ token, password }))).resolves.toMatchObject({
      code,
      field,
    });
    expect(await test.state()).toEqual(before);
  });

  it('lets only one of two resets with the same link at once succeed', async () => {
    const member = await test.members.add();
    const token = await issue(member.id);

    const results = await Promise.allSettled([
      resetPassword.execute({ token, password: 'first racer passphrase here' }),
      resetPassword.execute({ token, password: 'second racer passphrase here' }),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(refusalsAmong(results)).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
    expect((await test.events(member.id)).map((event) => event.type)).toEqual(['PASSWORD_RESET']);
  });
});
