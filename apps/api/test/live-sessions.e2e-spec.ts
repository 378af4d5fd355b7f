// WebSocket connections (graphql-ws) follow the same rules as HTTP: only the platform's own pages may
// open one, a revoked session cookie opens nothing, and a live subscription ends as soon as its session
// ends — sign-out, password change, suspension — including when it ends on another instance. Two API
// instances share one database here, as they would behind a load balancer.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signedUpMember } from './members.js';
import { startTestApi, type TestApi } from './start-test-api.js';

let api: TestApi;
let other: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  other = await startTestApi({}, api.database);
});
afterAll(async () => {
  await other.close();
  await api.close();
});

interface Socket {
  client: Client;
  connected: Promise<void>;
  closed: Promise<number>;
  /** The first viewer the subscription sent. */
  first: Promise<unknown>;
}

function openViewer(base: TestApi, headers: Record<string, string>): Socket {
  let onConnected!: () => void;
  let onClosed!: (code: number) => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${base.baseUrl.replace('http', 'ws')}/graphql`,
    retryAttempts: 0,
    lazy: false,
    // The close codes are what the tests look at; the client need not print them.
    onNonLazyError: () => undefined,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed((event as { code: number }).code),
    },
  });
  const first = new Promise((resolve) => {
    client.subscribe(
      { query: 'subscription { viewer { id email } }' },
      { next: resolve, error: resolve, complete: () => undefined },
    );
  });
  return { client, connected, closed, first };
}

/** Resolves with the close code, or 'still open' after a wait far shorter than the viewer's 30 s refresh. */
const closeCode = (socket: Socket, waitMs = 3_000) =>
  Promise.race([socket.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), waitMs))]);

const SESSION_ENDED = 4401;
const FORBIDDEN = 4403;

describe('opening a socket', () => {
  it('is refused from another site’s page, and accepted from the platform’s own', async () => {
    const { session, email } = await signedUpMember(api, 'origin');
    const host = new URL(api.baseUrl).host;
    const foreign = openViewer(api, { cookie: session.cookieHeader(), origin: 'https://evil.example' });
    expect(await closeCode(foreign)).toBe(FORBIDDEN);
    const own = openViewer(api, { cookie: session.cookieHeader(), origin: `http://${host}` });
    await own.connected;
    expect(await own.first).toMatchObject({ data: { viewer: { email } } });
    await own.client.dispose();
  });

  it('is refused with a session cookie that was revoked, before any acknowledgement', async () => {
    const { session } = await signedUpMember(api, 'revoked');
    const cookie = session.cookieHeader();
    await session.data('mutation { signOut }');
    const socket = openViewer(api, { cookie });
    let acknowledged = false;
    void socket.connected.then(() => (acknowledged = true));
    expect(await closeCode(socket)).toBe(FORBIDDEN);
    expect(acknowledged).toBe(false);
  });
});

describe('a live subscription', () => {
  async function liveViewer(label: string) {
    const member = await signedUpMember(api, label);
    const socket = openViewer(api, { cookie: member.session.cookieHeader() });
    await socket.first;
    return { member, socket };
  }

  it('ends when its session signs out on another instance', async () => {
    const { member, socket } = await liveViewer('signout');
    const response = await fetch(`${other.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: member.session.cookieHeader() },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(200);
    expect(await closeCode(socket)).toBe(SESSION_ENDED);
  });

  it('ends when the member changes the password', async () => {
    const { member, socket } = await liveViewer('password');
    await member.session.data(
      'mutation { changePassword(input: { currentPassword: "correct horse battery staple", newPassword: "another fine passphrase here" }) }',
    );
    expect(await closeCode(socket)).toBe(SESSION_ENDED);
  });

  it('ends when an admin suspends the member, on another instance', async () => {
    const { member, socket } = await liveViewer('suspended');
    const admin = await signedUpMember(other, 'admin', 'ADMIN');
    await admin.session.data(
      `mutation ($id: ID!) { suspendMember(input: { memberId: $id, reason: "test" }) { id } }`,
      {
        id: member.id,
      },
    );
    expect(await closeCode(socket)).toBe(SESSION_ENDED);
  });

  it('stays open while the session lives', async () => {
    const { socket } = await liveViewer('stays');
    expect(await closeCode(socket, 1_500)).toBe('still open');
    await socket.client.dispose();
  });
});
