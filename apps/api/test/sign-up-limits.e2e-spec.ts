// Sign-up is open to strangers, so it is limited: per client address, per email, and the owner of a
// registered address gets at most one "someone tried to register with your address" email a day.
import { GraphqlSession } from '@lovecando/shared-testing';
import { PASSWORD, SIGN_UP, signedUpMember, sql, uniqueEmail } from './members.js';
import { startTestApi, type TestApi } from './start-test-api.js';

const PER_ADDRESS = 6;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SIGN_UPS_PER_ADDRESS_PER_HOUR: String(PER_ADDRESS) });
});
afterAll(() => api.close());

const signUp = (email: string) =>
  new GraphqlSession(api.baseUrl)
    .request(SIGN_UP, {
      input: { email, displayName: 'Flood', password: PASSWORD, locale: 'en' },
    })
    .then(({ body }) => body.errors?.[0]?.extensions?.['code'] ?? 'OK');

describe('sign-up limits', () => {
  beforeEach(() => sql(api.database.url, 'DELETE FROM rate_limit'));

  it('stop a flood of registrations from one address', async () => {
    const outcomes = [];
    for (let n = 0; n < PER_ADDRESS + 2; n += 1) outcomes.push(await signUp(uniqueEmail('flood')));
    expect(outcomes).toEqual([
      ...Array<string>(PER_ADDRESS).fill('OK'),
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
    ]);
  });

  it('send the owner of a registered address one warning, however many times it is tried', async () => {
    const { email } = await signedUpMember(api, 'owner');
    await sql(api.database.url, 'DELETE FROM rate_limit');
    const outcomes = [];
    for (let n = 0; n < 3; n += 1) outcomes.push(await signUp(email));
    expect(outcomes).toEqual(['OK', 'OK', 'OK']);
    const warnings = await sql<{ n: string }>(
      api.database.url,
      "SELECT count(*) AS n FROM outbox_message WHERE to_address = $1 AND subject LIKE 'You already have an account%'",
      [email],
    );
    expect(warnings).toEqual([{ n: '1' }]);
  });

  it('stop repeated sign-ups with one email after 3 in an hour', async () => {
    const email = uniqueEmail('again');
    const outcomes = [];
    for (let n = 0; n < 4; n += 1) outcomes.push(await signUp(email));
    expect(outcomes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS']);
  });
});
