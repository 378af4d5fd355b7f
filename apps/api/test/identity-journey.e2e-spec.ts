// Identity over real HTTP and PostgreSQL: the member's journey, sessions and their limits, roles and
// statuses, password changes and resets, attempt limits, and the live session on graphql-ws.
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { GraphqlSession, waitForEmailedLink } from '@lovecando/shared-testing';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
let db: pg.Client;

beforeAll(async () => {
  api = await startTestApi();
  db = new pg.Client({ connectionString: api.database.url });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await api.close();
});

const PASSWORD = 'correct horse battery staple';
let sequence = 0;
const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${(sequence += 1)}@example.org`;

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id role status } }`;
const ME = `{ me { id displayName role status email } }`;

async function latestToken(to: string, path: string, since?: Date): Promise<string> {
  return (await waitForEmailedLink(api.database.url, to, path, since ? { since } : {})).token;
}

/** A verified, signed-in member; `role` is granted directly in the database where a test needs one. */
async function member(label: string, role: 'MEMBER' | 'BOARD' | 'ADMIN' = 'MEMBER') {
  const email = uniqueEmail(label);
  const session = new GraphqlSession(api.baseUrl);
  await session.data(SIGN_UP, { input: { email, displayName: label, password: PASSWORD, locale: 'en' } });
  await session.data(`mutation ($t: String!) { verifyEmail(token: $t) }`, {
    t: await latestToken(email, '/verify-email'),
  });
  if (role !== 'MEMBER')
    await db.query('UPDATE member SET role = $2 WHERE email_normalized = $1', [email.toLowerCase(), role]);
  const { signIn } = await session.data<{ signIn: { id: string } }>(SIGN_IN, { email, password: PASSWORD });
  return { email, session, id: signIn.id };
}

describe('the member journey', () => {
  it('signs up, verifies through the emailed link, signs in, reads itself and signs out', async () => {
    const email = uniqueEmail('ada');
    const browser = new GraphqlSession(api.baseUrl);
    expect(
      await browser.data(SIGN_UP, { input: { email, displayName: 'Ada', password: PASSWORD, locale: 'fr' } }),
    ).toEqual({
      signUp: true,
    });
    const { rows } = await db.query<{ subject: string; html_body: string; locale: string }>(
      'SELECT subject, html_body, locale FROM outbox_message WHERE to_address = $1',
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'Confirmez votre adresse email — LoveCanDo', locale: 'fr' });
    expect(rows[0]?.html_body).toContain('<a href="http://localhost:');

    // PENDING until verified: may sign in and read, nothing else.
    const pending = await browser.data<{ signIn: { status: string } }>(SIGN_IN, {
      email,
      password: PASSWORD,
    });
    expect(pending.signIn.status).toBe('PENDING');
    expect(
      await browser.errorCode(`mutation { updateProfile(input: { displayName: "Ada L." }) { id } }`),
    ).toBe('ACCOUNT_NOT_ACTIVE');

    await browser.data(`mutation ($t: String!) { verifyEmail(token: $t) }`, {
      t: await latestToken(email, '/verify-email'),
    });
    const { me } = await browser.data<{ me: Record<string, unknown> }>(ME);
    expect(me).toMatchObject({ displayName: 'Ada', role: 'MEMBER', status: 'ACTIVE', email });

    expect(await browser.data(`mutation { signOut }`)).toEqual({ signOut: true });
    expect(await browser.data(ME)).toEqual({ me: null });
  });

  it('answers a second sign-up with the same email alike, and emails the owner instead', async () => {
    const { email } = await member('twice');
    const stranger = new GraphqlSession(api.baseUrl);
    const again = await stranger.data(SIGN_UP, {
      input: { email: email.toUpperCase(), displayName: 'Impostor', password: PASSWORD, locale: 'en' },
    });
    expect(again).toEqual({ signUp: true });
    const { rows } = await db.query<{ count: string }>(
      'SELECT count(*) FROM member WHERE email_normalized = $1',
      [email.toLowerCase()],
    );
    expect(rows[0]?.count).toBe('1');
    const { rows: mails } = await db.query<{ subject: string }>(
      'SELECT subject FROM outbox_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
      [email],
    );
    expect(mails[0]?.subject).toBe('You already have an account — LoveCanDo');
  });

  it('verifies a token only once', async () => {
    const email = uniqueEmail('once');
    const browser = new GraphqlSession(api.baseUrl);
    await browser.data(SIGN_UP, { input: { email, displayName: 'Once', password: PASSWORD, locale: 'en' } });
    const token = await latestToken(email, '/verify-email');
    await browser.data(`mutation ($t: String!) { verifyEmail(token: $t) }`, { t: token });
    expect(await browser.errorCode(`mutation ($t: String!) { verifyEmail(token: $t) }`, { t: token })).toBe(
      'INVALID_TOKEN',
    );
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { email } = await member('same');
    const wrongPassword = await new GraphqlSession(api.baseUrl).request(SIGN_IN, {
      email,
      password: 'not the password at all',
    });
    const unknownEmail = await new GraphqlSession(api.baseUrl).request(SIGN_IN, {
      email: uniqueEmail('nobody'),
      password: PASSWORD,
    });
    expect(wrongPassword.body.errors?.[0]).toMatchObject({
      message: 'The email or the password is incorrect.',
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
    expect(unknownEmail.body.errors?.[0]?.message).toBe(wrongPassword.body.errors?.[0]?.message);
    expect(unknownEmail.body.errors?.[0]?.extensions).toEqual(wrongPassword.body.errors?.[0]?.extensions);
  });
});

describe('sessions', () => {
  it('set an httpOnly, SameSite=Lax cookie and a new id at every sign-in', async () => {
    const { email } = await member('cookie');
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { email, password: PASSWORD } }),
    });
    const cookie = response.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^lovecando_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const { rows } = await db.query<{ count: string }>(
      'SELECT count(*) FROM session s JOIN member m ON m.id = s.member_id WHERE m.email_normalized = $1 AND s.revoked_at IS NULL',
      [email.toLowerCase()],
    );
    expect(Number(rows[0]?.count)).toBe(2);
  });

  it('end after 30 idle minutes', async () => {
    const { session, id } = await member('idle');
    await db.query(
      `UPDATE session SET last_seen_at = now() - interval '30 minutes 1 second' WHERE member_id = $1`,
      [id],
    );
    expect(await session.data(ME)).toEqual({ me: null });
  });

  it('end 12 hours after sign-in even when in use', async () => {
    const { session, id } = await member('absolute');
    await db.query(
      `UPDATE session SET created_at = now() - interval '12 hours 1 second', last_seen_at = now() WHERE member_id = $1`,
      [id],
    );
    expect(await session.data(ME)).toEqual({ me: null });
  });

  it('all end when the password changes, except the renewed one that changed it', async () => {
    const { email, session: laptop } = await member('change');
    const phone = new GraphqlSession(api.baseUrl);
    await phone.data(SIGN_IN, { email, password: PASSWORD });
    const NEW = 'another long passphrase nobody guesses';
    await laptop.data(
      `mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`,
      {
        c: PASSWORD,
        n: NEW,
      },
    );
    expect(await phone.data(ME)).toEqual({ me: null });
    expect((await laptop.data<{ me: { email: string } }>(ME)).me.email).toBe(email);
    expect(await new GraphqlSession(api.baseUrl).errorCode(SIGN_IN, { email, password: PASSWORD })).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('authenticate graphql-ws subscriptions with the same cookie', async () => {
    const { session, email } = await member('socket');
    const url = `${api.baseUrl.replace('http', 'ws')}/graphql`;
    const viewerOver = async (cookie: string) => {
      const client = createClient({
        url,
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        },
      });
      try {
        for await (const result of client.iterate<{ viewer: { email: string | null } }>({
          query: 'subscription { viewer { email } }',
        })) {
          return result;
        }
      } catch (errors) {
        return { errors: errors as { extensions?: { code?: string } }[] };
      } finally {
        await client.dispose();
      }
      return undefined;
    };
    expect(await viewerOver(session.cookieHeader())).toEqual({ data: { viewer: { email } } });
    const anonymous = (await viewerOver('')) as { errors: { extensions?: { code?: string } }[] };
    expect(anonymous.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('password reset', () => {
  it('works once, ends sessions, and never tells whether the email exists', async () => {
    const { email, session } = await member('reset');
    const visitor = new GraphqlSession(api.baseUrl);
    const REQUEST = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
    expect(await visitor.data(REQUEST, { e: email })).toEqual({ requestPasswordReset: true });
    expect(await visitor.data(REQUEST, { e: uniqueEmail('ghost') })).toEqual({ requestPasswordReset: true });

    const token = await latestToken(email, '/reset-password');
    const RESET = `mutation ($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }`;
    // A weak choice is refused and leaves the link usable.
    expect(await visitor.errorCode(RESET, { t: token, p: 'password1234' })).toBe('PASSWORD_TOO_WEAK');
    expect(await visitor.data(RESET, { t: token, p: 'a brand new passphrase for me' })).toEqual({
      resetPassword: true,
    });
    expect(await visitor.errorCode(RESET, { t: token, p: 'yet another fine passphrase' })).toBe(
      'INVALID_TOKEN',
    );
    expect(await session.data(ME)).toEqual({ me: null });
    expect(
      (
        await visitor.data<{ signIn: { status: string } }>(SIGN_IN, {
          email,
          password: 'a brand new passphrase for me',
        })
      ).signIn.status,
    ).toBe('ACTIVE');
  });
});

describe('roles and statuses', () => {
  it('refuse admin operations to members and to visitors', async () => {
    const { session } = await member('plain');
    expect(await session.errorCode('{ members { totalCount } }')).toBe('FORBIDDEN');
    expect(await new GraphqlSession(api.baseUrl).errorCode('{ members { totalCount } }')).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('let an admin change a role, recorded with the actor in the append-only history', async () => {
    const admin = await member('admin', 'ADMIN');
    const target = await member('promoted');
    const { setMemberRole } = await admin.session.data<{ setMemberRole: { role: string } }>(
      `mutation ($id: ID!) { setMemberRole(input: { memberId: $id, role: BOARD }) { role } }`,
      { id: target.id },
    );
    expect(setMemberRole.role).toBe('BOARD');
    expect((await target.session.data<{ me: { role: string } }>(ME)).me.role).toBe('BOARD');
    const { accountEvents } = await admin.session.data<{
      accountEvents: { type: string; actorId: string; details: string }[];
    }>(`query ($id: ID!) { accountEvents(memberId: $id) { type actorId details } }`, { id: target.id });
    const [latest] = accountEvents;
    expect(latest).toMatchObject({ type: 'ROLE_CHANGED', actorId: admin.id });
    expect(JSON.parse(latest?.details ?? '{}')).toEqual({ from: 'MEMBER', to: 'BOARD' });
    await expect(
      db.query(`UPDATE account_event SET type = 'JOINED' WHERE member_id = $1`, [target.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM account_event WHERE member_id = $1`, [target.id])).rejects.toThrow(
      /append-only/,
    );
    expect(
      await admin.session.errorCode(
        `mutation ($id: ID!) { setMemberRole(input: { memberId: $id, role: MEMBER }) { role } }`,
        { id: admin.id },
      ),
    ).toBe('CANNOT_CHANGE_OWN_ROLE');
    expect(
      await target.session.errorCode(`query ($id: ID!) { accountEvents(memberId: $id) { type } }`, {
        id: admin.id,
      }),
    ).toBe('FORBIDDEN');
  });

  it('suspend a member: sessions end, reading still works, writing does not, until reinstated', async () => {
    const admin = await member('suspender', 'ADMIN');
    const target = await member('suspended');
    await admin.session.data(
      `mutation ($id: ID!) { suspendMember(input: { memberId: $id, reason: "Spam in debates" }) { status } }`,
      {
        id: target.id,
      },
    );
    expect(await target.session.data(ME)).toEqual({ me: null });
    const again = new GraphqlSession(api.baseUrl);
    expect(
      (await again.data<{ signIn: { status: string } }>(SIGN_IN, { email: target.email, password: PASSWORD }))
        .signIn.status,
    ).toBe('SUSPENDED');
    expect((await again.data<{ me: { status: string } }>(`{ me { status suspendedReason } }`)).me).toEqual({
      status: 'SUSPENDED',
      suspendedReason: 'Spam in debates',
    });
    expect(await again.errorCode(`mutation { updateProfile(input: { locale: fr }) { id } }`)).toBe(
      'ACCOUNT_NOT_ACTIVE',
    );
    await admin.session.data(`mutation ($id: ID!) { reinstateMember(memberId: $id) { status } }`, {
      id: target.id,
    });
    expect(
      (
        await again.data<{ updateProfile: { locale: string } }>(
          `mutation { updateProfile(input: { locale: fr }) { locale } }`,
        )
      ).updateProfile.locale,
    ).toBe('fr');
  });

  it('page through members with filters, text search taking wildcards literally', async () => {
    const admin = await member('pager', 'ADMIN');
    const marker = `zz${Date.now().toString(36)}`;
    for (let n = 0; n < 5; n += 1) await member(`${marker}-${n}`);
    await member(`${marker}%odd_one`);
    const PAGE = `query ($text: String, $after: String) { members(filter: { text: $text }, first: 2, after: $after) {
      totalCount edges { node { displayName } } pageInfo { endCursor hasNextPage } } }`;
    type Page = {
      members: {
        totalCount: number;
        edges: { node: { displayName: string } }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const names: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard += 1) {
      const { members } = await admin.session.data<Page>(PAGE, { text: marker, after });
      expect(members.totalCount).toBe(6);
      names.push(...members.edges.map((edge) => edge.node.displayName));
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(6);
    const literal = await admin.session.data<Page>(PAGE, { text: `${marker}%` });
    expect(literal.members.edges.map((edge) => edge.node.displayName)).toEqual([`${marker}%odd_one`]);
    expect(await admin.session.errorCode(`{ members(first: 0) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await admin.session.errorCode(`{ members(after: "not-a-cursor") { totalCount } }`)).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('attempt limits', () => {
  it('stop sign-in after 10 attempts on one account, even with the right password', async () => {
    const { email } = await member('throttled');
    for (let attempt = 0; attempt < 9; attempt += 1) {
      expect(
        await new GraphqlSession(api.baseUrl).errorCode(SIGN_IN, {
          email,
          password: `wrong password ${attempt}`,
        }),
      ).toBe('INVALID_CREDENTIALS');
    }
    const last = await new GraphqlSession(api.baseUrl).request(SIGN_IN, {
      email: email.toUpperCase(),
      password: 'still wrong',
    });
    expect(last.body.errors?.[0]?.extensions?.['code']).toBe('INVALID_CREDENTIALS');
    const refused = await new GraphqlSession(api.baseUrl).request(SIGN_IN, { email, password: PASSWORD });
    const extensions = refused.body.errors?.[0]?.extensions as {
      code: string;
      details: { retryAfterSeconds: number };
    };
    expect(extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect(extensions.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('count attempts hidden in aliases of one request', async () => {
    const { email } = await member('aliased');
    const aliases = Array.from({ length: 5 }, (_, n) => `r${n}: requestPasswordReset(email: $email)`).join(
      '\n',
    );
    const { body } = await new GraphqlSession(api.baseUrl).request(
      `mutation ($email: String!) { ${aliases} }`,
      { email },
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_ATTEMPTS');
    await api.settle();
    const { rows } = await db.query<{ count: string }>(
      "SELECT count(*) FROM outbox_message WHERE to_address = $1 AND subject LIKE 'Choose a new password%'",
      [email],
    );
    expect(rows[0]?.count).toBe('3');
  });
});
