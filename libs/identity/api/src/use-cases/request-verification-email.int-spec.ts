// RequestVerificationEmail on real PostgreSQL with the job queue running: an account still waiting for
// its address gets a new link, anyone else nothing, and the answer is the same; a malformed address
// changes nothing; requests are limited per address.
import { refusalOf } from '@lovecando/shared-testing';
import { identityTestModule, type IdentityTest } from '../testing/identity-test-module.js';
import { RequestVerificationEmail } from './request-verification-email.js';

let test: IdentityTest;
let request: RequestVerificationEmail;

beforeAll(async () => {
  test = await identityTestModule('request_verification', { jobs: 'work' });
  request = test.get(RequestVerificationEmail);
});
afterAll(() => test.close());

const jobs = () => test.dataSource.query<unknown[]>('SELECT 1 FROM pgboss.job');

describe('RequestVerificationEmail', () => {
  it('emails a new confirmation link to an account still waiting for its address', async () => {
    const member = await test.members.add({ status: 'PENDING' });

    await request.execute({ email: `  ${member.email.toUpperCase()} `, address: '192.0.2.1' });
    await test.settle();

    const [mail, ...others] = await test.emailsTo(member.email);
    expect(others).toHaveLength(0);
    expect(mail?.text).toMatch(/\/verify-email#token=[A-Za-z0-9_-]{43}/);
  });

  it('answers the same and emails nothing for a confirmed or an unknown address', async () => {
    const member = await test.members.add();

    await request.execute({ email: member.email, address: '192.0.2.2' });
    await request.execute({ email: 'nobody@example.org', address: '192.0.2.2' });
    await test.settle();

    expect(await test.emailsTo(member.email)).toHaveLength(0);
    expect(await test.emailsTo('nobody@example.org')).toHaveLength(0);
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
    const email = 'asked-often@example.org';
    for (let n = 0; n < 3; n += 1) await request.execute({ email, address: `198.51.100.${n}` });
    await expect(refusalOf(request.execute({ email, address: '198.51.100.9' }))).resolves.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
    });
  });
});
