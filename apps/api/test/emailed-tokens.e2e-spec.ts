// Emailed one-time tokens: carried in the link's fragment (never sent to a server), removed from the
// stored copy once a real mail server has the message (production), ended by a reset, and asked for
// without the answer telling whether the address is registered.
import { SMTPServer } from 'smtp-server';
import { type AddressInfo } from 'node:net';
import { GraphqlSession, postGraphql, waitForEmailedLink } from '@lovecando/shared-testing';
import { PASSWORD, SIGN_IN, SIGN_UP, signedUpMember, sql, uniqueEmail } from './members.js';
import { startTestApi, type TestApi } from './start-test-api.js';

const REQUEST_RESET = 'mutation ($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation ($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }';
const LINK_USABLE = 'query ($t: String!) { passwordResetLinkUsable(token: $t) }';
const RESEND = 'mutation ($e: String!) { requestVerificationEmail(email: $e) }';

describe('in development', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('emails links that carry the token in the fragment, never in the query string', async () => {
    const email = uniqueEmail('fragment');
    await postGraphql(api.baseUrl, SIGN_UP, {
      input: { email, displayName: 'F', password: PASSWORD, locale: 'fr' },
    });
    const { url } = await waitForEmailedLink(api.database.url, email, '/verify-email');
    expect(url).toMatch(/^http:\/\/localhost:\d+\/verify-email#token=[A-Za-z0-9_-]{43}$/);
    const [stored] = await sql<{ text_body: string }>(
      api.database.url,
      'SELECT text_body FROM outbox_message WHERE to_address = $1',
      [email],
    );
    expect(stored?.text_body).not.toContain('?token=');
  });

  it('end every outstanding reset link when the password is reset', async () => {
    const { email } = await signedUpMember(api, 'twolinks');
    const visitor = new GraphqlSession(api.baseUrl);
    await visitor.data(REQUEST_RESET, { e: email });
    const first = await waitForEmailedLink(api.database.url, email, '/reset-password');
    const between = new Date();
    await visitor.data(REQUEST_RESET, { e: email });
    const second = await waitForEmailedLink(api.database.url, email, '/reset-password', { since: between });
    expect(second.token).not.toBe(first.token);

    expect(await visitor.data(LINK_USABLE, { t: first.token })).toEqual({ passwordResetLinkUsable: true });
    await visitor.data(RESET, { t: second.token, p: 'a brand new passphrase for me' });
    expect(await visitor.data(LINK_USABLE, { t: first.token })).toEqual({ passwordResetLinkUsable: false });
    expect(await visitor.errorCode(RESET, { t: first.token, p: 'and yet another passphrase' })).toBe(
      'INVALID_TOKEN',
    );
  });

  it('say whether a reset link still works without using it', async () => {
    const { email } = await signedUpMember(api, 'check');
    const visitor = new GraphqlSession(api.baseUrl);
    await visitor.data(REQUEST_RESET, { e: email });
    const { token } = await waitForEmailedLink(api.database.url, email, '/reset-password');
    for (let n = 0; n < 2; n += 1) {
      expect(await visitor.data(LINK_USABLE, { t: token })).toEqual({ passwordResetLinkUsable: true });
    }
    expect(await visitor.data(LINK_USABLE, { t: 'x'.repeat(43) })).toEqual({
      passwordResetLinkUsable: false,
    });
    expect(await visitor.data(RESET, { t: token, p: 'a brand new passphrase for me' })).toEqual({
      resetPassword: true,
    });
  });

  it('send a new confirmation link to an account still waiting for it, and nothing to others', async () => {
    const pending = uniqueEmail('pending');
    const visitor = new GraphqlSession(api.baseUrl);
    await visitor.data(SIGN_UP, {
      input: { email: pending, displayName: 'P', password: PASSWORD, locale: 'en' },
    });
    const first = await waitForEmailedLink(api.database.url, pending, '/verify-email');
    const { email: active } = await signedUpMember(api, 'active');
    const between = new Date();
    for (const email of [pending, active, uniqueEmail('nobody')]) {
      expect(await visitor.data(RESEND, { e: email })).toEqual({ requestVerificationEmail: true });
    }
    await api.settle();
    const second = await waitForEmailedLink(api.database.url, pending, '/verify-email', { since: between });
    expect(second.token).not.toBe(first.token);
    const toActive = await sql(
      api.database.url,
      'SELECT 1 FROM outbox_message WHERE to_address = $1 AND created_at > $2',
      [active, between],
    );
    expect(toActive).toEqual([]);
    expect(
      await visitor.data(`mutation ($t: String!) { verifyEmail(token: $t) }`, { t: second.token }),
    ).toEqual({
      verifyEmail: true,
    });
  });

  it('limit new confirmation links to 3 an hour per address', async () => {
    const email = uniqueEmail('resend');
    const visitor = new GraphqlSession(api.baseUrl);
    const codes = [];
    for (let n = 0; n < 4; n += 1) codes.push((await visitor.errorCode(RESEND, { e: email })) ?? 'OK');
    expect(codes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS']);
  });
});

describe('asking for a reset, with the job workers on another instance', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ JOB_WORKERS: 'false' });
  });
  afterAll(() => api.close());

  it('does the same work whether or not the address is registered: it queues a job and answers', async () => {
    const { email } = await signedUpMember(api, 'known');
    const tokensBefore = await sql(
      api.database.url,
      "SELECT token_hash FROM account_token WHERE purpose = 'RESET_PASSWORD'",
    );
    const visitor = new GraphqlSession(api.baseUrl);
    for (const address of [email, uniqueEmail('unknown')]) {
      expect(await visitor.data(REQUEST_RESET, { e: address })).toEqual({ requestPasswordReset: true });
    }
    // Nothing about the account was read or written while answering: no token, no email yet.
    expect(
      await sql(api.database.url, "SELECT token_hash FROM account_token WHERE purpose = 'RESET_PASSWORD'"),
    ).toEqual(tokensBefore);
    const jobs = await sql<{ data: { email: string } }>(
      api.database.url,
      "SELECT data FROM pgboss.job WHERE name = 'identity.send-password-reset' ORDER BY created_on",
    );
    expect(jobs.map((job) => Object.keys(job.data))).toEqual([['email'], ['email']]);
  });
});

/** The text of a quoted-printable message body (how nodemailer encodes long lines and "="). */
const quotedPrintable = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('in production, with a mail server', () => {
  let api: TestApi;
  let smtp: SMTPServer;
  const received: string[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, _session, done) {
        let message = '';
        stream.on('data', (chunk: Buffer) => (message += chunk.toString()));
        stream.on('end', () => {
          received.push(message);
          done();
        });
      },
    });
    await new Promise<void>((ready) => smtp.listen(0, '127.0.0.1', ready));
    const { port } = smtp.server.address() as AddressInfo;
    api = await startTestApi({
      NODE_ENV: 'production',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_URL: 'https://lovecando.example.org',
    });
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((closed) => smtp.close(closed));
  });

  it('delivers the link to the member, and keeps no usable token in the stored copy', async () => {
    const email = uniqueEmail('delivered');
    await postGraphql(api.baseUrl, SIGN_UP, {
      input: { email, displayName: 'D', password: PASSWORD, locale: 'en' },
    });
    await api.settle();
    const delivered = received.find((message) => message.includes(email)) ?? '';
    const token = /verify-email#token=([A-Za-z0-9_-]{43})/.exec(quotedPrintable(delivered))?.[1];
    expect(token).toBeDefined();

    const [stored] = await sql<{
      text_body: string;
      html_body: string;
      sent_at: Date | null;
      redacted_at: Date | null;
    }>(
      api.database.url,
      'SELECT text_body, html_body, sent_at, redacted_at FROM outbox_message WHERE to_address = $1',
      [email],
    );
    expect(stored?.sent_at).toBeInstanceOf(Date);
    expect(stored?.redacted_at).toBeInstanceOf(Date);
    expect(`${stored?.text_body}${stored?.html_body}`).not.toContain(token);
    expect(stored?.text_body).toContain(
      'https://lovecando.example.org/verify-email#token=removed-after-delivery',
    );

    // The member's own copy works.
    const session = new GraphqlSession(api.baseUrl);
    expect(await session.data(`mutation ($t: String!) { verifyEmail(token: $t) }`, { t: token })).toEqual({
      verifyEmail: true,
    });
    expect(
      (await session.data<{ signIn: { status: string } }>(SIGN_IN, { email, password: PASSWORD })).signIn
        .status,
    ).toBe('ACTIVE');
  });
});
