// Subscriptions over graphql-ws on the same /graphql path: the server clock ticks once a second.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('serverTime subscription', () => {
  it('delivers successive server times over WebSocket', async () => {
    const client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const times: Date[] = [];
    try {
      const subscription = client.iterate<{ serverTime: string }>({ query: 'subscription { serverTime }' });
      for await (const result of subscription) {
        expect(result.errors).toBeUndefined();
        times.push(new Date(result.data?.serverTime ?? NaN));
        if (times.length === 2) break;
      }
    } finally {
      await client.dispose();
    }
    const [first, second] = times;
    expect(first?.getTime()).not.toBeNaN();
    expect(second!.getTime() - first!.getTime()).toBeGreaterThanOrEqual(900);
    expect(Math.abs(Date.now() - second!.getTime())).toBeLessThan(5_000);
  }, 10_000);

  it('applies the same query limits and coded errors to subscriptions', async () => {
    const client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: serverTime`).join(' ');
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription { ${aliases} }` },
          { next: resolve, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(outcome).toEqual(
        expect.arrayContaining([
          { message: 'Aliases limit of 15 exceeded, found 16.', extensions: { code: 'TOO_MANY_ALIASES' } },
        ]),
      );
    } finally {
      await client.dispose();
    }
  });
});
