// RequestPasswordReset on real PostgreSQL with the job queue running: a registered address gets a reset
// link, an unknown one nothing, and the answer is the same; a malformed address changes nothing;
// requests are limited per address.
import { refusalOf } from '@lovecando/shared-testing';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { RequestPasswordReset } from './request-password-reset.js';

let test: IdentityTest;
let request: RequestPasswordReset;

beforeAll(async () => {
  test = await identityTestModule('request_password_reset', { jobs: 'work' });
  request = test.get(RequestPasswordReset);
});
afterAll(() => test.close());

const jobs = () => test.dataSource.query<unknown[]>('SELECT 1 FROM pgboss.job');

describe('RequestPasswordReset', () => {
  it('emails a one-time reset link to a registered address, in its own letters or not', async () => {
    const member = await test.members.add();

    await request.execute({ email: ` ${member.email.toUpperCase()}`, address: '192.0.2.1' });
    await test.settle();

    const [mail, ...others] = await test.emailsTo(member.email);
    expect(others).toHaveLength(0);
    expect(mail?.text).toMatch(/http:\/\/localhost:3000\/reset-password#token=[A-Za-z0-9_-]{43}/);
    const tokens = await test.dataSource.query<unknown[]>(
      `SELECT 1 FROM account_token WHERE member_id = $1 AND purpose = 'RESET_PASSWORD'`,
      [member.id],
    );
    expect(tokens).toHaveLength(1);
  });

  it('answers the same for an unknown address and emails nothing', async () => {
    const before = await test.state();
    await request.execute({ email: 'nobody@example.org', address: '192.0.2.2' });
    await test.settle();
    expect(await test.state()).toEqual(before);
  });

  it.each([
    { name: 'a malformed address', email: 'not an email' },
    { name: 'a 300-character address', email: `${'a'.repeat(290)}@example.org` },
  ])('refuses $name with BAD_USER_INPUT on email, enqueueing nothing', async ({ email }) => {
    const [before, jobsBefore] = [await test.state(), await jobs()];
    await expect(refusalOf(request.execute({ email, address: '192.0.2.3' }))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect([await test.state(), await jobs()]).toEqual([before, jobsBefore]);
  });

  it('refuses a fourth request for one address within the hour', async () => {
    const email = 'forgetful@example.org';
    for (let n = 0; n < 3; n += 1) await request.execute({ email, address: `198.51.100.${n}` });
    await expect(refusalOf(request.execute({ email, address: '198.51.100.9' }))).resolves.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
    });
  });
});
