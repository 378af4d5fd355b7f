// Members for API tests, made the way a person becomes one: sign up, follow the emailed link, sign in.
// A role other than MEMBER is granted directly in the database, where a test needs one.
import pg from 'pg';
import { GraphqlSession, waitForEmailedLink } from '@lovecando/shared-testing';
import { type TestApi } from './start-test-api.js';

export const PASSWORD = 'correct horse battery staple';
export const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) }`;
export const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id role status locale } }`;

let sequence = 0;
export const uniqueEmail = (label: string) =>
  `${label}.${Date.now().toString(36)}.${(sequence += 1)}@example.org`;

export interface TestMember {
  id: string;
  email: string;
  session: GraphqlSession;
}

export async function sql<T extends pg.QueryResultRow>(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function signedUpMember(
  api: TestApi,
  label: string,
  role: 'MEMBER' | 'BOARD' | 'ADMIN' = 'MEMBER',
): Promise<TestMember> {
  const email = uniqueEmail(label);
  const session = new GraphqlSession(api.baseUrl);
  await session.data(SIGN_UP, { input: { email, displayName: label, password: PASSWORD, locale: 'en' } });
  const { token } = await waitForEmailedLink(api.database.url, email, '/verify-email');
  await session.data(`mutation ($t: String!) { verifyEmail(token: $t) }`, { t: token });
  if (role !== 'MEMBER') {
    await sql(api.database.url, 'UPDATE member SET role = $2 WHERE email_normalized = $1', [
      email.toLowerCase(),
      role,
    ]);
  }
  const { signIn } = await session.data<{ signIn: { id: string } }>(SIGN_IN, { email, password: PASSWORD });
  return { email, session, id: signIn.id };
}
