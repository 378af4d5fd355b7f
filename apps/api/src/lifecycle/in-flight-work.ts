// Counts the work a stopping server must let finish before it closes the database pool under it: HTTP
// requests being answered, and GraphQL operations still executing — a sign-in waiting for its password
// hash goes on even when its client has hung up, so the socket alone cannot tell. WebSocket upgrades are
// not counted: subscriptions are ended by the application's own shutdown.
import { type Server } from 'node:http';

export class InFlightWork {
  private active = 0;
  private readonly idleWaiters = new Set<() => void>();

  get count(): number {
    return this.active;
  }

  /** Marks one piece of work as started; call the returned function (once or more) when it ends. */
  begin(): () => void {
    this.active += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.active -= 1;
      if (this.active === 0) for (const wake of this.idleWaiters) wake();
    };
  }

  /** Counts every HTTP request of `server` until its response is closed. */
  trackHttp(server: Server): void {
    server.on('request', (_request, response) => {
      response.once('close', this.begin());
    });
  }

  /**
   * Stops `server` accepting connections (idle keep-alive ones are closed, busy ones after their
   * response), then resolves true once nothing is in flight, or false when `timeoutMs` passes first.
   */
  drain(server: Server, timeoutMs: number): Promise<boolean> {
    server.close();
    server.closeIdleConnections();
    if (this.active === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (idle: boolean) => {
        clearTimeout(timer);
        this.idleWaiters.delete(wake);
        resolve(idle);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.idleWaiters.add(wake);
    });
  }
}
