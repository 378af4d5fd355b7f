// Bad input on every identity mutation: each answer is a coded error naming the field, and nothing is
// written (the row counts of every identity table stay the same).
import pg from 'pg';
import { GraphqlSession } from '@lovecando/shared-testing';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
let db: pg.Client;
const sessions: Record<'visitor' | 'member' | 'admin', GraphqlSession> = {} as never;
let memberId = '';

const PASSWORD = 'correct horse battery staple';
const TABLES = ['member', 'session', 'account_token', 'account_event', 'outbox_message'];

async function counts(): Promise<Record<string, number>> {
  // One query at a time: a pg client runs its queries in sequence anyway.
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    result[table] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
  }
  return result;
}

async function signedIn(email: string, role: 'MEMBER' | 'ADMIN'): Promise<GraphqlSession> {
  const session = new GraphqlSession(api.baseUrl);
  await session.data(`mutation ($i: SignUpInput!) { signUp(input: $i) }`, {
    i: { email, displayName: role, password: PASSWORD, locale: 'en' },
  });
  await db.query(
    `UPDATE member SET status = 'ACTIVE', email_verified_at = now(), role = $2 WHERE email = $1`,
    [email, role],
  );
  await session.data(
    `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`,
    { e: email, p: PASSWORD },
  );
  return session;
}

beforeAll(async () => {
  api = await startTestApi();
  db = new pg.Client({ connectionString: api.database.url });
  await db.connect();
  sessions.visitor = new GraphqlSession(api.baseUrl);
  sessions.member = await signedIn('member@example.org', 'MEMBER');
  sessions.admin = await signedIn('admin@example.org', 'ADMIN');
  memberId = (await db.query<{ id: string }>(`SELECT id FROM member WHERE email = 'member@example.org'`))
    .rows[0]!.id;
});
afterAll(async () => {
  await db.end();
  await api.close();
});

const signUp = (input: Record<string, unknown>) => ({
  query: 'mutation ($i: SignUpInput!) { signUp(input: $i) }',
  variables: {
    i: { email: 'new@example.org', displayName: 'New', password: PASSWORD, locale: 'en', ...input },
  },
});

interface Case {
  name: string;
  as: keyof typeof sessions;
  query: string;
  variables?: Record<string, unknown>;
  code: string;
  field?: string;
}

const INJECTION = "x@example.org'; DROP TABLE member; --";

const cases: Case[] = [
  {
    name: 'sign-up with an empty email',
    as: 'visitor',
    ...signUp({ email: '' }),
    code: 'BAD_USER_INPUT',
    field: 'input.email',
  },
  {
    name: 'sign-up with a malformed email',
    as: 'visitor',
    ...signUp({ email: 'ada-at-example.org' }),
    code: 'BAD_USER_INPUT',
    field: 'input.email',
  },
  {
    name: 'sign-up with an injection string as email',
    as: 'visitor',
    ...signUp({ email: INJECTION }),
    code: 'BAD_USER_INPUT',
    field: 'input.email',
  },
  {
    name: 'sign-up with a 300-character email',
    as: 'visitor',
    ...signUp({ email: `${'a'.repeat(290)}@example.org` }),
    code: 'BAD_USER_INPUT',
    field: 'input.email',
  },
  {
    name: 'sign-up with an empty name',
    as: 'visitor',
    ...signUp({ displayName: '   ' }),
    code: 'BAD_USER_INPUT',
    field: 'input.displayName',
  },
  {
    name: 'sign-up with an 81-character name',
    as: 'visitor',
    ...signUp({ displayName: 'n'.repeat(81) }),
    code: 'BAD_USER_INPUT',
    field: 'input.displayName',
  },
  {
    name: 'sign-up with a control character in the name',
    as: 'visitor',
    ...signUp({ displayName: 'Ada\u0000\nRoot' }),
    code: 'BAD_USER_INPUT',
    field: 'input.displayName',
  },
  {
    name: 'sign-up with a short password',
    as: 'visitor',
    ...signUp({ password: 'short' }),
    code: 'PASSWORD_TOO_SHORT',
    field: 'input.password',
  },
  {
    name: 'sign-up with a 129-character password',
    as: 'visitor',
    ...signUp({ password: 'p'.repeat(129) }),
    code: 'PASSWORD_TOO_LONG',
    field: 'input.password',
  },
  {
    name: 'sign-up with a common password',
    as: 'visitor',
    ...signUp({ password: 'password1234' }),
    code: 'PASSWORD_TOO_WEAK',
    field: 'input.password',
  },
  {
    name: 'sign-up with the email as password',
    as: 'visitor',
    ...signUp({ password: 'new@example.org' }),
    code: 'PASSWORD_TOO_WEAK',
    field: 'input.password',
  },
  {
    name: 'sign-up with an unknown language',
    as: 'visitor',
    ...signUp({ locale: 'de' }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'sign-up with a number as email', as: 'visitor', ...signUp({ email: 42 }), code: 'BAD_USER_INPUT' },
  {
    name: 'sign-up without input',
    as: 'visitor',
    query: 'mutation { signUp }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'verify with an empty token',
    as: 'visitor',
    query: 'mutation { verifyEmail(token: "") }',
    code: 'INVALID_TOKEN',
    field: 'token',
  },
  {
    name: 'verify with a forged token',
    as: 'visitor',
    query: `mutation { verifyEmail(token: "${'A'.repeat(43)}") }`,
    code: 'INVALID_TOKEN',
    field: 'token',
  },
  {
    name: 'verify with an injection string',
    as: 'visitor',
    query: `mutation { verifyEmail(token: "' OR 1=1 --") }`,
    code: 'INVALID_TOKEN',
    field: 'token',
  },
  {
    name: 'sign-in with a malformed email',
    as: 'visitor',
    query: 'mutation { signIn(input: { email: "nope", password: "x" }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'input.email',
  },
  {
    name: 'sign-in with an empty password',
    as: 'visitor',
    query: 'mutation { signIn(input: { email: "a@example.org", password: "" }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'input.password',
  },
  {
    name: 'reset request with a malformed email',
    as: 'visitor',
    query: 'mutation { requestPasswordReset(email: "not an email") }',
    code: 'BAD_USER_INPUT',
    field: 'email',
  },
  {
    name: 'reset with a short token',
    as: 'visitor',
    query: `mutation { resetPassword(input: { token: "abc", password: "${PASSWORD}" }) }`,
    code: 'BAD_USER_INPUT',
    field: 'input.token',
  },
  {
    name: 'reset with a forged token',
    as: 'visitor',
    query: `mutation { resetPassword(input: { token: "${'B'.repeat(43)}", password: "${PASSWORD}" }) }`,
    code: 'INVALID_TOKEN',
    field: 'input.token',
  },
  {
    name: 'profile with an empty name',
    as: 'member',
    query: 'mutation { updateProfile(input: { displayName: "" }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'input.displayName',
  },
  {
    name: 'profile with a wrong type',
    as: 'member',
    query: 'mutation { updateProfile(input: { displayName: 12 }) { id } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'profile while signed out',
    as: 'visitor',
    query: 'mutation { updateProfile(input: { displayName: "X" }) { id } }',
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'password change with a wrong current password',
    as: 'member',
    query: `mutation { changePassword(input: { currentPassword: "wrong one", newPassword: "another fine passphrase" }) }`,
    code: 'INVALID_CREDENTIALS',
    field: 'input.currentPassword',
  },
  {
    name: 'password change to a weak password',
    as: 'member',
    query: `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "qwertyuiop12" }) }`,
    code: 'PASSWORD_TOO_WEAK',
    field: 'input.newPassword',
  },
  {
    name: 'role change with a malformed id',
    as: 'admin',
    query: 'mutation { setMemberRole(input: { memberId: "1; DROP TABLE member", role: BOARD }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'input.memberId',
  },
  {
    name: 'role change to an unknown role',
    as: 'admin',
    query: 'mutation ($id: ID!) { setMemberRole(input: { memberId: $id, role: KING }) { id } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'role change of a member that does not exist',
    as: 'admin',
    query:
      'mutation { setMemberRole(input: { memberId: "00000000-0000-4000-8000-000000000000", role: BOARD }) { id } }',
    code: 'NOT_FOUND',
  },
  {
    name: 'role change by a member',
    as: 'member',
    query: 'mutation ($id: ID!) { setMemberRole(input: { memberId: $id, role: ADMIN }) { id } }',
    code: 'FORBIDDEN',
  },
  {
    name: 'suspension without a reason',
    as: 'admin',
    query: 'mutation ($id: ID!) { suspendMember(input: { memberId: $id, reason: "  " }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'input.reason',
  },
  {
    name: 'suspension with a 501-character reason',
    as: 'admin',
    query: `mutation ($id: ID!) { suspendMember(input: { memberId: $id, reason: "${'r'.repeat(501)}" }) { id } }`,
    code: 'BAD_USER_INPUT',
    field: 'input.reason',
  },
  {
    name: 'reinstating a member who is not suspended',
    as: 'admin',
    query: 'mutation ($id: ID!) { reinstateMember(memberId: $id) { id } }',
    code: 'NOT_SUSPENDED',
    field: 'memberId',
  },
  {
    name: 'reinstating with a malformed id',
    as: 'admin',
    query: 'mutation { reinstateMember(memberId: "x") { id } }',
    code: 'BAD_USER_INPUT',
    field: 'memberId',
  },
  {
    name: 'member list with a text filter too long',
    as: 'admin',
    query: `{ members(filter: { text: "${'t'.repeat(101)}" }) { totalCount } }`,
    code: 'BAD_USER_INPUT',
    field: 'filter.text',
  },
];

describe('bad input to identity operations', () => {
  it.each(cases)('$name → $code', async ({ as, query, variables, code, field }) => {
    const before = await counts();
    const { body } = await sessions[as].request(query, { id: memberId, ...variables });
    const error = body.errors?.[0];
    expect(error?.extensions?.['code']).toBe(code);
    if (field) expect(error?.extensions?.['field']).toBe(field);
    expect(error?.message.length).toBeGreaterThan(3);
    expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(/);
    expect(await counts()).toEqual(before);
  });

  it("sends a password refusal in the member's language and in both languages", async () => {
    const { query, variables } = signUp({ password: 'short', locale: 'fr' });
    const { body } = await sessions.visitor.request(query, variables);
    expect(body.errors?.[0]?.message).toMatch(/^Utilisez au moins 12 caractères/);
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'PASSWORD_TOO_SHORT',
      field: 'input.password',
      localizedMessage: {
        fr: 'Utilisez au moins 12 caractères ; quelques mots sans rapport font un bon mot de passe.',
        en: 'Use at least 12 characters; a few unrelated words make a good password.',
      },
    });
  });

  it('store an injection-looking display name verbatim and harmlessly', async () => {
    const name = "Robert'); DROP TABLE member;--";
    await sessions.member.data(
      'mutation ($n: String!) { updateProfile(input: { displayName: $n }) { id } }',
      { n: name },
    );
    expect(
      (await sessions.member.data<{ me: { displayName: string } }>('{ me { displayName } }')).me.displayName,
    ).toBe(name);
    expect((await counts())['member']).toBeGreaterThan(0);
  });
});
