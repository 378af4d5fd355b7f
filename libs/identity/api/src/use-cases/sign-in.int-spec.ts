// SignIn on real PostgreSQL: the right password starts a new session and ends the browser's previous
// one; a wrong password and an unknown email are refused alike and write nothing; failures are limited
// per account, and a success forgives the earlier ones.
import { refusalOf } from '@lovecando/shared-testing';
import { hashSecret } from '../services/secret-token.js';
import { SessionService } from '../services/session.service.js';
import { identityTestModule, TEST_PASSWORD, type IdentityTest } from '../testing/identity-test-module.js';
import { SignIn } from './sign-in.js';

let test: IdentityTest;
let signIn: SignIn;

beforeAll(async () => {
  test = await identityTestModule('sign_in');
  signIn = test.get(SignIn);
});
afterAll(() => test.close());

const client = { address: '192.0.2.1', userAgent: 'test browser' };
const sessionRow = (secret: string) =>
  test.dataSource.query<{ member_id: string; revoked: boolean; user_agent: string }[]>(
    'SELECT member_id, revoked_at IS NOT NULL AS revoked, user_agent FROM session WHERE id_hash = $1',
    [hashSecret(secret)],
  );

describe('SignIn', () => {
  it('starts a new session for the member and ends the one the browser had before', async () => {
    const member = await test.members.add();
    const previous = await test.dataSource.transaction((manager) =>
      test.get(SessionService).start(manager, member.id, 'test browser'),
    );

    const { member: signedIn, secret } = await signIn.execute({
      email: ` ${member.email.toUpperCase()} `,
      password: TEST_PASSWORD,
      client,
      previousSessionHash: hashSecret(previous),
    });

    expect(signedIn.id).toBe(member.id);
    expect(await sessionRow(secret)).toEqual([
      { member_id: member.id, revoked: false, user_agent: 'test browser' },
    ]);
    expect(await sessionRow(previous)).toEqual([expect.objectContaining({ revoked: true })]);
  });

  it.each([
    {
      name: 'a wrong password',
      email: 'known',
      password: 'not the password',
      code: 'INVALID_CREDENTIALS',
      field: undefined,
    },
    {
      name: 'an unknown email',
      email: 'nobody@example.org',
      password: TEST_PASSWORD,
      code: 'INVALID_CREDENTIALS',
      field: undefined,
    },
    {
      name: 'a malformed email',
      email: 'nope',
      password: TEST_PASSWORD,
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    },
    {
      name: 'an empty password',
      email: 'known',
      password: '',
      code: 'BAD_USER_INPUT',
      field: 'input.password',
    },
  ])('refuses $name with $code and writes nothing', async ({ email, password, code, field }) => {
    const member = await test.members.add();
    const before = await test.state();
    await expect(
      refusalOf(signIn.execute({ email: email === 'known' ? member.email : email, password, client })),
    ).resolves.toMatchObject({ code, field });
    expect(await test.state()).toEqual(before);
  });

  it('refuses an account after ten failures, until a success forgives them', async () => {
    const member = await test.members.add();
    const attempt = (password: string) => signIn.execute({ email: member.email, password, client });
    const fail = async (times: number) => {
      for (let n = 0; n < times; n += 1) {
        await expect(refusalOf(attempt('wrong'))).resolves.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      }
    };
    await fail(9);
    // The tenth attempt succeeds and forgives the nine failures before it.
    await attempt(TEST_PASSWORD);
    await fail(10);
    // The eleventh attempt since the success is one too many, even with the right password.
    await expect(refusalOf(attempt(TEST_PASSWORD))).resolves.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
  });
});
