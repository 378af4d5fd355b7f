// In production the schema is not browsable (no introspection, no GraphiQL page, no field suggestions),
// the session cookie is Secure and __Host- prefixed, and the development outbox does not exist.
import { postGraphql } from '@lovecando/shared-testing';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ NODE_ENV: 'production' });
});
afterAll(() => api.close());

describe('production mode', () => {
  it('refuses introspection', async () => {
    const { status, body } = await postGraphql(api.baseUrl, '{ __schema { queryType { name } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('does not suggest field names in errors', async () => {
    const { body } = await postGraphql(api.baseUrl, '{ abou { name } }');
    expect(body.errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('serves no GraphiQL page on GET /graphql, even to a local browser', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/graphiql/i);
  });

  it('sets a Secure, __Host- prefixed session cookie', async () => {
    await postGraphql(api.baseUrl, 'mutation ($i: SignUpInput!) { signUp(input: $i) }', {
      i: {
        email: 'prod@example.org',
        displayName: 'Prod',
        password: 'correct horse battery staple',
        locale: 'en',
      },
    });
    const { headers } = await postGraphql(
      api.baseUrl,
      'mutation { signIn(input: { email: "prod@example.org", password: "correct horse battery staple" }) { id } }',
    );
    const cookie = headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^__Host-lovecando_session=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Path=\//i);
  });

  it('has no development outbox', async () => {
    const { body } = await postGraphql(api.baseUrl, '{ devOutbox { subject } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('sends HSTS with the other security headers', async () => {
    const response = await fetch(`${api.baseUrl}/`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('does not publish source maps', async () => {
    expect((await fetch(`${api.baseUrl}/assets/main-abc123.js.map`)).status).toBe(404);
    expect((await fetch(`${api.baseUrl}/assets/main-abc123.js`)).status).toBe(200);
  });

  it('still answers ordinary queries', async () => {
    const { body } = await postGraphql(api.baseUrl, '{ about { environment } }');
    expect(body.data).toEqual({ about: { environment: 'production' } });
  });
});
