// Requests a stranger could send to make the server work hard or fail, over real HTTP: each is refused
// with its own code, and none changes anything.
import { createHash } from 'node:crypto';
import { postGraphql } from '@lovecando/shared-testing';
import { sql } from './members.js';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions?.['code'];

describe('documents too large to validate cheaply', () => {
  it('refuse 490 duplicate fields with TOO_MANY_SELECTIONS before validation', async () => {
    const { status, body } = await postGraphql(api.baseUrl, `{${' me { id }'.repeat(490)} }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'Selections limit of 200 exceeded.', extensions: { code: 'TOO_MANY_SELECTIONS' } },
    ]);
  });

  it('are refused over GET too', async () => {
    const query = encodeURIComponent(`{${' me { id }'.repeat(490)} }`);
    const response = await fetch(`${api.baseUrl}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(codeOf((await response.json()) as never)).toBe('TOO_MANY_SELECTIONS');
  });
});

describe('the cost of an operation', () => {
  const aliases = (argument: string) =>
    Array.from(
      { length: 15 },
      (_, n) => `m${n}: members(first: ${argument}) { edges { node { id email displayName } } }`,
    ).join(' ');

  it('counts a list size given as a variable like a literal one', async () => {
    const literal = await postGraphql(api.baseUrl, `{ ${aliases('100')} }`);
    const variable = await postGraphql(api.baseUrl, `query ($n: Int!) { ${aliases('$n')} }`, { n: 100 });
    for (const { status, body } of [literal, variable]) {
      expect(status).toBe(400);
      expect(codeOf(body)).toBe('QUERY_TOO_COMPLEX');
      expect(body.data).toBeUndefined();
    }
  });

  it('lets a modest list through to the access check', async () => {
    const { body } = await postGraphql(api.baseUrl, `query ($n: Int!) { ${aliases('$n')} }`, { n: 5 });
    expect(codeOf(body)).toBe('UNAUTHENTICATED');
  });
});

describe('requests the server does not serve that way', () => {
  it('answer a subscription sent over HTTP with SUBSCRIPTION_NEEDS_WEBSOCKET', async () => {
    const { status, body } = await postGraphql(api.baseUrl, 'subscription { serverTime }');
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('SUBSCRIPTION_NEEDS_WEBSOCKET');
  });

  it('answer a persisted query whose hash does not match with PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const query = '{ about { environment } }';
    const send = (sha256Hash: string) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
    const wrong = await send('0'.repeat(64));
    expect(wrong.status).toBe(400);
    expect(codeOf((await wrong.json()) as never)).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    const right = await send(createHash('sha256').update(query).digest('hex'));
    expect(((await right.json()) as { data: unknown }).data).toEqual({ about: { environment: 'test' } });
  });
});

describe('text that is not text', () => {
  const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) }';
  const input = (overrides: Record<string, string>) => ({
    input: {
      email: 'text@example.org',
      displayName: 'Text',
      password: 'correct horse battery staple',
      locale: 'en',
      ...overrides,
    },
  });

  it.each([
    ['a NUL character in an email', input({ email: 'nul\u0000@example.org' }), 'input.email'],
    ['a lone surrogate in a name', input({ displayName: 'Ada \ud800' }), 'input.displayName'],
    [
      'a lone low surrogate in a password',
      input({ password: 'correct horse battery \udc00' }),
      'input.password',
    ],
  ])('refuses %s with BAD_USER_INPUT on the field, and stores nothing', async (_, variables, field) => {
    const before = await sql<{ n: string }>(api.database.url, 'SELECT count(*) AS n FROM member');
    const { body } = await postGraphql(api.baseUrl, SIGN_UP, variables);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await sql(api.database.url, 'SELECT count(*) AS n FROM member')).toEqual(before);
  });

  it('refuses a NUL character in a plain argument too', async () => {
    const { body } = await postGraphql(
      api.baseUrl,
      'mutation ($e: String!) { requestPasswordReset(email: $e) }',
      {
        e: 'someone\u0000@example.org',
      },
    );
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('accepts emoji, which are surrogate pairs', async () => {
    const { body } = await postGraphql(
      api.baseUrl,
      SIGN_UP,
      input({ email: 'emoji@example.org', displayName: 'Ada 🌻' }),
    );
    expect(body).toEqual({ data: { signUp: true } });
  });
});
