// What only the person running a development server may see: the outbox (its emails hold working sign-in
// links) and GraphiQL. Asked from another machine, or through a proxy, they are refused. The server
// listens on every interface here so that a request can come from the machine's network address.
import { networkInterfaces } from 'node:os';
import { type AddressInfo } from 'node:net';
import { postGraphql } from '@lovecando/shared-testing';
import { startTestApi, type TestApi } from './start-test-api.js';

/** This machine's own address on a network (not loopback): a request to it does not come from 127.0.0.1. */
function networkAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
  if (!address) throw new Error('this test needs a network interface besides loopback');
  return address;
}

let api: TestApi;
let remoteUrl: string;
beforeAll(async () => {
  api = await startTestApi({}, undefined, '0.0.0.0');
  const { port } = api.app.getHttpServer().address() as AddressInfo;
  remoteUrl = `http://${networkAddress()}:${port}`;
});
afterAll(() => api.close());

const OUTBOX = '{ devOutbox { subject } }';

describe('the development outbox', () => {
  it('is shown to a browser on the machine itself', async () => {
    const { body } = await postGraphql(api.baseUrl, OUTBOX);
    expect(body.errors).toBeUndefined();
    expect(Array.isArray((body.data as { devOutbox?: unknown } | null)?.devOutbox)).toBe(true);
  });

  it('is refused to a caller from the network', async () => {
    const { body } = await postGraphql(remoteUrl, OUTBOX);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'LOCAL_ONLY' });
  });

  it('is refused to a request a proxy forwarded, even from loopback', async () => {
    const { body } = await postGraphql(api.baseUrl, OUTBOX, undefined, { 'x-forwarded-for': '203.0.113.9' });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'LOCAL_ONLY' });
  });
});

describe('GraphiQL', () => {
  const page = (base: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { headers: { accept: 'text/html', ...headers } });

  it('is served to a browser on the machine itself, with its own content security policy', async () => {
    const response = await page(api.baseUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('is not served to a caller from the network, nor through a proxy', async () => {
    for (const response of [
      await page(remoteUrl),
      await page(api.baseUrl, { 'x-forwarded-for': '203.0.113.9' }),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/graphiql/i);
    }
  });
});
