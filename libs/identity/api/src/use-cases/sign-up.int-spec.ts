// SignUp on real PostgreSQL: a PENDING account with its confirmation link; an address already registered
// gets a notice instead (once a day), and the answer is the same; bad input and weak passwords change
// nothing; two sign-ups of one address at once make one account.
import { refusalOf } from '@lovecando/shared-testing';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { SignUp, type SignUpCommand } from './sign-up.js';

let test: IdentityTest;
let signUp: SignUp;

beforeAll(async () => {
  test = await identityTestModule('sign_up');
  signUp = test.get(SignUp);
});
afterAll(() => test.close());

const PASSWORD = 'correct horse battery staple';
let sequence = 0;
const command = (overrides: Partial<SignUpCommand> = {}): SignUpCommand => ({
  email: `ada.${(sequence += 1)}@example.org`,
  displayName: 'Ada Lovelace',
  password: PASSWORD,
  locale: 'en',
  address: '192.0.2.1',
  ...overrides,
});

const membersWith = (email: string) =>
  test.dataSource.query<{ id: string; email: string; display_name: string; status: string }[]>(
    'SELECT id, email, display_name, status FROM member WHERE email_normalized = lower($1)',
    [email],
  );

describe('SignUp', () => {
  it('creates a PENDING account, its history and a confirmation email with a one-time link', async () => {
    const email = `grace.${(sequence += 1)}@example.org`;

    await signUp.execute(command({ email: `  ${email} `, displayName: ' Grace Hopper ' }));

    const [member, ...others] = await membersWith(email);
    expect(others).toHaveLength(0);
    expect(member).toMatchObject({ email, display_name: 'Grace Hopper', status: 'PENDING' });
    expect(await test.events(member!.id)).toEqual([
      { type: 'JOINED', actorId: null, details: { locale: 'en' } },
    ]);
    const [mail] = await test.emailsTo(email);
    expect(mail?.text).toMatch(/http:\/\/localhost:3000\/verify-email#token=[A-Za-z0-9_-]{43}/);
    const tokens = await test.dataSource.query<unknown[]>(
      `SELECT 1 FROM account_token WHERE member_id = $1 AND purpose = 'VERIFY_EMAIL' AND used_at IS NULL`,
      [member!.id],
    );
    expect(tokens).toHaveLength(1);
  });

  it('answers the same for a registered address, emailing its owner a notice at most once a day', async () => {
    const email = `hedy.${(sequence += 1)}@example.org`;
    await signUp.execute(command({ email }));

    await expect(signUp.execute(command({ email: email.toUpperCase() }))).resolves.toBeUndefined();
    await expect(signUp.execute(command({ email }))).resolves.toBeUndefined();

    expect(await membersWith(email)).toHaveLength(1);
    const mails = await test.emailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.text).toMatch(/sign-in/);
    expect(mails[1]?.text).not.toMatch(/#token=/);
    // The fourth sign-up of the address within the hour is one too many.
    await expect(refusalOf(signUp.execute(command({ email })))).resolves.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: expect.any(Number) as number },
    });
  });

  it.each([
    {
      name: 'a malformed email',
      input: { email: 'ada-at-example.org' },
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    },
    {
      name: 'a 300-character email',
      input: { email: `${'a'.repeat(290)}@example.org` },
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    },
    {
      name: 'a blank name',
      input: { displayName: '   ' },
      code: 'BAD_USER_INPUT',
      field: 'input.displayName',
    },
    {
      name: 'an 81-character name',
      input: { displayName: 'n'.repeat(81) },
      code: 'BAD_USER_INPUT',
      field: 'input.displayName',
    },
    {
      name: 'a control character in the name',
      input: { displayName: 'Ada\nRoot' },
      code: 'BAD_USER_INPUT',
      field: 'input.displayName',
    },
    {
      name: 'a short password',
      input: { password: 'short' },
      code: 'PASSWORD_TOO_SHORT',
      field: 'input.password',
    },
    {
      name: 'a 129-character password',
      input: { password: 'p'.repeat(129) },
      code: 'PASSWORD_TOO_LONG',
      field: 'input.password',
    },
    {
      name: 'a common password',
      input: { password: 'password1234' },
      code: 'PASSWORD_TOO_WEAK',
      field: 'input.password',
    },
    {
      name: 'the email as password',
      input: { email: 'ada@example.org', password: 'ada@example.org' },
      code: 'PASSWORD_TOO_WEAK',
      field: 'input.password',
    },
  ])('refuses $name with $code on $field and changes nothing', async ({ input, code, field }) => {
    const before = await test.state();
    await expect(refusalOf(signUp.execute(command(input)))).resolves.toMatchObject({ code, field });
    expect(await test.state()).toEqual(before);
  });

  it('makes one account of two sign-ups of the same address at the same moment', async () => {
    const email = `twice.${(sequence += 1)}@example.org`;

    await Promise.all([signUp.execute(command({ email })), signUp.execute(command({ email }))]);

    expect(await membersWith(email)).toHaveLength(1);
  });
});
