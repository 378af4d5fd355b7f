// The GraphQL endpoint over real HTTP: what it answers, and how it refuses bad or abusive requests.
import { postGraphql } from '@lovecando/shared-testing';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ BODY_LIMIT: '20kb' });
});
afterAll(() => api.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('GraphQL over HTTP', () => {
  it('answers about and health from the real database', async () => {
    const { status, body } = await postGraphql(
      api.baseUrl,
      '{ about { name version environment } health { status database migrations } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { about, health } = body.data as { about: Record<string, string>; health: Record<string, unknown> };
    expect(about).toMatchObject({ name: 'LoveCanDo', environment: 'test' });
    expect(about['version']).toMatch(/^\d+\.\d+\.\d+/);
    expect(health).toEqual({ status: 'READY', database: true, migrations: true });
  });

  it('lists every error code with its scope and meaning, to anyone', async () => {
    const { body } = await postGraphql(api.baseUrl, '{ errorCodes { code scope meaning { fr en } } }');
    const codes = (body.data as { errorCodes: { code: string; scope: string; meaning: { fr: string } }[] })
      .errorCodes;
    expect(codes.find(({ code }) => code === 'LOCAL_ONLY')).toMatchObject({ scope: 'identity' });
    expect(codes.find(({ code }) => code === 'TOO_MANY_SELECTIONS')).toMatchObject({ scope: 'platform' });
    expect(codes.every(({ meaning }) => meaning.fr.length > 0)).toBe(true);
  });

  it('echoes the request id', async () => {
    const response = await post('{"query":"{ about { name } }"}', { 'x-request-id': 'trace-42' });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ about { name } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('refuses batched requests with a code', async () => {
    const response = await post(
      JSON.stringify([{ query: '{ about { name } }' }, { query: '{ about { name } }' }]),
    );
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a query deeper than the limit with QUERY_TOO_DEEP', async () => {
    // The schema is still shallow, so the nine levels are not all valid fields: the depth rule counts
    // the selection nesting before any field is resolved, which is the protection under test.
    const query = `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: about`).join(' { ')} { name } ${'} '.repeat(8)}}`;
    const { status, body } = await postGraphql(api.baseUrl, query);
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.extensions?.['code'])).toContain('QUERY_TOO_DEEP');
    expect(body.data).toBeUndefined();
  });

  it('refuses too many aliases with TOO_MANY_ALIASES', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: about { name }`).join(' ')} }`;
    const { status, body } = await postGraphql(api.baseUrl, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_ALIASES' });
    expect(body.errors?.[0]?.message).toContain('Aliases limit of 15');
  });

  it('refuses a document with too many tokens at parse time with GRAPHQL_PARSE_FAILED', async () => {
    const query = `{ about { ${'name '.repeat(2100)} } }`;
    const { status, body } = await postGraphql(api.baseUrl, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(body.errors?.[0]?.message).toContain('more that 2000 tokens'); // sic: graphql-js's wording;
  });

  it('answers malformed JSON with MALFORMED_JSON and no stack trace', async () => {
    const response = await post('{"query": "{ about { name } }"');
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'MALFORMED_JSON' } }],
    });
    expect(text).not.toMatch(/at .*\.js|stack/i);
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await post(
      JSON.stringify({ query: '{ about { name } }', variables: { pad: 'x'.repeat(30 * 1024) } }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('gives every error a code and never a stack trace', async () => {
    const { status, body } = await postGraphql(api.baseUrl, '{ nope }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('allows introspection outside production', async () => {
    const { body } = await postGraphql<{ __schema: { queryType: { name: string } } }>(
      api.baseUrl,
      '{ __schema { queryType { name } } }',
    );
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('web app on the same port', () => {
  it('serves index.html at / and for client-side routes, revalidated on every load', async () => {
    for (const path of ['/', '/proposals/42']) {
      const response = await fetch(`${api.baseUrl}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year', async () => {
    const response = await fetch(`${api.baseUrl}/assets/main-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('does not hide unknown API paths behind the web app', async () => {
    const response = await fetch(`${api.baseUrl}/health/nope`);
    expect(response.status).toBe(404);
  });
});
