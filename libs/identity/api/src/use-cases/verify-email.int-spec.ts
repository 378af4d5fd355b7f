// VerifyEmail on real PostgreSQL: the emailed token confirms the address once, a PENDING account becomes
// ACTIVE and a suspended one stays suspended; a forged, used or expired token changes nothing.
import { refusalOf } from '@lovecando/shared-testing';
import { AccountTokens } from '../services/account-tokens.service.js';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { VerifyEmail } from './verify-email.js';

let test: IdentityTest;
let verifyEmail: VerifyEmail;

beforeAll(async () => {
  test = await identityTestModule('verify_email');
  verifyEmail = test.get(VerifyEmail);
});
afterAll(() => test.close());

const issue = (memberId: string, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD' = 'VERIFY_EMAIL') =>
  test.dataSource.transaction((manager) => test.get(AccountTokens).issue(manager, memberId, purpose));

describe('VerifyEmail', () => {
  it('confirms the address and makes a PENDING account ACTIVE, once', async () => {
    const member = await test.members.add({ status: 'PENDING' });
    const token = await issue(member.id);

    await verifyEmail.execute({ token });

    const verified = await test.members.reload(member.id);
    expect(verified.status).toBe('ACTIVE');
    expect(verified.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await test.events(member.id)).toEqual([{ type: 'EMAIL_VERIFIED', actorId: null, details: {} }]);
    const before = await test.state();
    await expect(refusalOf(verifyEmail.execute({ token }))).resolves.toMatchObject({
      code: 'INVALID_TOKEN',
      field: 'token',
    });
    expect(await test.state()).toEqual(before);
  });

  it('leaves a suspension in force', async () => {
    const member = await test.members.add({ status: 'SUSPENDED', verified: false });

    await verifyEmail.execute({ token: await issue(member.id) });

    const after = await test.members.reload(member.id);
    expect(after.status).toBe('SUSPENDED');
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it.each([
    { name: 'an empty token', token: async () => Promise.resolve('') },
    { name: 'a forged token', token: async () => Promise.resolve('A'.repeat(43)) },
    { name: 'an injection string', token: async () => Promise.resolve("' OR 1=1 --") },
    {
      name: 'a reset token',
      token: async () => issue((await test.members.add({ status: 'PENDING' })).id, 'RESET_PASSWORD'),
    },
    {
      name: 'an expired token',
      token: async () => {
        const token = await issue((await test.members.add({ status: 'PENDING' })).id);
        await test.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 second'`);
        return token;
      },
    },
  ])('refuses $name with INVALID_TOKEN and changes nothing', async ({ token }) => {
    const secret = await token();
    const before = await test.state();
    await expect(refusalOf(verifyEmail.execute({ token: secret }))).resolves.toMatchObject({
      code: 'INVALID_TOKEN',
      field: 'token',
    });
    expect(await test.state()).toEqual(before);
  });
});
