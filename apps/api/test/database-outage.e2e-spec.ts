// While the database is out of reach, the API says so in its own words: a GraphQL error coded
// SERVICE_UNAVAILABLE (503), also for requests that carry a session cookie (they used to get a bare
// {"statusCode":500}), and it recovers by itself once the database is back. The outage is real: the API
// reaches PostgreSQL through a TCP relay that the test cuts and restores.
import { createServer, type Server, type Socket, connect } from 'node:net';
import { type AddressInfo } from 'node:net';
import { createTestDatabase, postGraphql, type TestDatabase } from '@lovecando/shared-testing';
import { signedUpMember } from './members.js';
import { startTestApi, type TestApi } from './start-test-api.js';

class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((ready) => this.server!.listen(this.port, '127.0.0.1', ready));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Drops every connection and refuses new ones, like a database that went away. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((closed) => this.server?.close(closed));
  }
}

let database: TestDatabase;
let relay: Relay;
let api: TestApi;
beforeAll(async () => {
  database = await createTestDatabase('outage');
  const direct = new URL(database.url);
  relay = new Relay(direct.hostname, Number(direct.port || 5432));
  await relay.open();
  const relayed = new URL(database.url);
  relayed.host = `127.0.0.1:${relay.port}`;
  api = await startTestApi({}, { ...database, url: relayed.toString() });
});
afterAll(async () => {
  await api.close();
  await relay.cut();
  await database.drop();
});

describe('while the database is out of reach', () => {
  it('answers SERVICE_UNAVAILABLE, with or without a session, then recovers by itself', async () => {
    const { session } = await signedUpMember(api, 'outage');
    await relay.cut();

    const signedIn = await session.request('{ me { id } }');
    expect(signedIn.status).toBe(503);
    expect(signedIn.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });

    const visitor = await postGraphql(api.baseUrl, '{ termsOfUse { ordinal } }');
    expect(visitor.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(JSON.stringify(visitor.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    expect((await fetch(`${api.baseUrl}/health/ready`)).status).toBe(503);

    await relay.open();
    for (let attempt = 0; ; attempt += 1) {
      if ((await fetch(`${api.baseUrl}/health/ready`)).status === 200) break;
      if (attempt > 100) throw new Error('the API did not recover');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await session.data<{ me: { id: string } }>('{ me { id } }')).me.id).toEqual(expect.any(String));
  });
});
