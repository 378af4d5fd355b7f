// Draining over a real HTTP server: a request being answered finishes, work that outlives its client is
// waited for, new connections are refused, and work that never ends does not hold the shutdown forever.
import { createServer, type RequestListener, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { InFlightWork } from './in-flight-work.js';

const listen = async (handler: RequestListener): Promise<{ server: Server; url: string }> => {
  const server = createServer(handler);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((tick) => setTimeout(tick, 5));
};

describe('InFlightWork', () => {
  it('lets a request being answered finish, then refuses new connections', async () => {
    const { server, url } = await listen((_request, response) => {
      setTimeout(() => response.end('done'), 200);
    });
    const work = new InFlightWork();
    work.trackHttp(server);
    const answer = fetch(url).then((response) => response.text());
    await until(() => work.count === 1);

    const started = Date.now();
    expect(await work.drain(server, 5_000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(await answer).toBe('done');
    expect(work.count).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('waits for work that goes on after its client hung up', async () => {
    const work = new InFlightWork();
    let finish = () => undefined as void;
    const { server, url } = await listen((_request, response) => {
      // Like a GraphQL operation: counted on its own, ended when it has really finished.
      const end = work.begin();
      finish = () => {
        end();
        response.end();
      };
    });
    const controller = new AbortController();
    const request = fetch(url, { signal: controller.signal }).catch(() => 'aborted');
    await until(() => work.count === 1);
    controller.abort();
    expect(await request).toBe('aborted');

    const drained = work.drain(server, 5_000);
    let settled = false;
    void drained.then(() => (settled = true));
    await new Promise((tick) => setTimeout(tick, 100));
    expect(settled).toBe(false);
    finish();
    expect(await drained).toBe(true);
  });

  it('resolves at once when nothing is in flight, and counts an ending called twice once', async () => {
    const { server } = await listen((_request, response) => response.end());
    const work = new InFlightWork();
    const end = work.begin();
    end();
    end();
    expect(work.count).toBe(0);
    await expect(work.drain(server, 5_000)).resolves.toBe(true);
  });

  it('gives up after the timeout on work that never ends', async () => {
    const { server, url } = await listen(() => undefined);
    const work = new InFlightWork();
    work.trackHttp(server);
    const hanging = fetch(url).catch(() => 'aborted');
    await until(() => work.count === 1);
    expect(await work.drain(server, 100)).toBe(false);
    server.closeAllConnections();
    expect(await hanging).toBe('aborted');
  });
});
