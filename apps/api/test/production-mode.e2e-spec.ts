// In production the schema is not browsable: no introspection, no GraphiQL page, no field suggestions.
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

  it('serves no GraphiQL page on GET /graphql', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/graphiql/i);
  });

  it('still answers ordinary queries', async () => {
    const { body } = await postGraphql(api.baseUrl, '{ about { environment } }');
    expect(body.data).toEqual({ about: { environment: 'production' } });
  });
});
