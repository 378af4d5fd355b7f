// CheckResetLink on real PostgreSQL: only an unused, unexpired reset token is usable, and asking does not
// use it; checks are limited per address.
import { refusalOf } from '@lovecando/shared-testing';
import { AccountTokens } from '../services/account-tokens.service.js';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { CheckResetLink } from './check-reset-link.js';

let test: IdentityTest;
let check: CheckResetLink;

beforeAll(async () => {
  test = await identityTestModule('check_reset_link');
  check = test.get(CheckResetLink);
});
afterAll(() => test.close());

const issue = async (purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD' = 'RESET_PASSWORD') => {
  const member = await test.members.add();
  return test.dataSource.transaction((manager) => test.get(AccountTokens).issue(manager, member.id, purpose));
};

describe('CheckResetLink', () => {
  it('says an outstanding reset link is usable, and asking twice leaves it usable', async () => {
    const token = await issue();
    const before = await test.state();
    expect(await check.execute({ token, address: '192.0.2.1' })).toBe(true);
    expect(await check.execute({ token, address: '192.0.2.1' })).toBe(true);
    expect(await test.state()).toEqual(before);
  });

  it.each([
    { name: 'a forged token', token: () => Promise.resolve('C'.repeat(43)) },
    { name: 'an empty token', token: () => Promise.resolve('') },
    { name: 'a confirmation token', token: () => issue('VERIFY_EMAIL') },
    {
      name: 'a used token',
      token: async () => {
        const token = await issue();
        await test.dataSource.query('UPDATE account_token SET used_at = now()');
        return token;
      },
    },
    {
      name: 'an expired token',
      token: async () => {
        const token = await issue();
        await test.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 second'`);
        return token;
      },
    },
  ])('says $name is not usable', async ({ token }) => {
    expect(await check.execute({ token: await token(), address: '192.0.2.2' })).toBe(false);
  });

  it('refuses a thirty-first check from one address within a quarter of an hour', async () => {
    const token = await issue();
    for (let n = 0; n < 30; n += 1) await check.execute({ token, address: '198.51.100.7' });
    await expect(refusalOf(check.execute({ token, address: '198.51.100.7' }))).resolves.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
    });
  });
});
