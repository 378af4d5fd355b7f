// Every response carries the security headers, the web app's pages and /graphql alike, and the web app
// is delivered precompressed with caching that fits each file.
import { postGraphql } from '@lovecando/shared-testing';
import { FAKE_SCRIPT, startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

function expectSecurityHeaders(headers: Headers): void {
  const policy = headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
}

describe('security headers', () => {
  it('are on the web app’s pages', async () => {
    const response = await fetch(`${api.baseUrl}/sign-in`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers);
  });

  it('are on GraphQL answers, errors included', async () => {
    expectSecurityHeaders((await postGraphql(api.baseUrl, '{ about { environment } }')).headers);
    expectSecurityHeaders((await postGraphql(api.baseUrl, '{ nope }')).headers);
  });

  it('leave HSTS to production, where the platform is served over HTTPS', async () => {
    expect((await fetch(`${api.baseUrl}/`)).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('delivery of the web app', () => {
  it('sends the brotli copy of an asset to a browser that accepts it, cached for a year', async () => {
    const response = await fetch(`${api.baseUrl}/assets/main-abc123.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(FAKE_SCRIPT);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gzip = await fetch(`${api.baseUrl}/assets/main-abc123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${api.baseUrl}/assets/main-abc123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(FAKE_SCRIPT);
  });

  it('answers a missing asset with 404 instead of the page', async () => {
    expect((await fetch(`${api.baseUrl}/assets/missing-000.js`)).status).toBe(404);
  });
});
