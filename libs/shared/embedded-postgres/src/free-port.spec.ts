import { createServer, type Server } from 'node:net';
import { findFreePort } from './free-port.js';

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('findFreePort', () => {
  it('returns the preferred port when nobody listens on it', async () => {
    const probe = await listen(0);
    const port = (probe.address() as { port: number }).port;
    await new Promise((done) => probe.close(done));
    expect(await findFreePort(port)).toBe(port);
  });

  it('returns another free port when the preferred one is taken', async () => {
    const taken = await listen(0);
    const port = (taken.address() as { port: number }).port;
    try {
      const chosen = await findFreePort(port);
      expect(chosen).not.toBe(port);
      const check = await listen(chosen);
      await new Promise((done) => check.close(done));
    } finally {
      await new Promise((done) => taken.close(done));
    }
  });
});
