// The urql client factory: POST transport, graphcache keys, the features' session mutations, lazy
// graphql-ws subscriptions.
import { gql, type OperationResult } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeCache } from './feature-cache';
import { createGraphqlClient } from './graphql-client';

const statusQuery = gql`
  query Status {
    about {
      name
      version
    }
    health {
      status
    }
  }
`;

/** What the API sends: entities carry __typename, as graphcache needs. */
const statusData = {
  about: { __typename: 'About', name: 'LoveCanDo', version: '1.0.0' },
  health: { __typename: 'Health', status: 'READY' },
};

/** What urql hands to components: the same fields (urql hides __typename from enumeration). */
const statusFields = { about: { name: 'LoveCanDo', version: '1.0.0' }, health: { status: 'READY' } };

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** Stand-in for the browser WebSocket that plays the server side of graphql-transport-ws in the test. */
class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static instances: FakeWebSocket[] = [];

  readyState = FakeWebSocket.CONNECTING;
  sent: { type: string; id?: string; payload?: { query?: string } }[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeWebSocket.instances.push(this);
  }

  send(data: string) {
    this.sent.push(JSON.parse(data) as FakeWebSocket['sent'][number]);
  }

  close(code = 1000, reason = '') {
    this.readyState = FakeWebSocket.CLOSED;
    this.onclose?.({ code, reason });
  }

  open() {
    this.readyState = FakeWebSocket.OPEN;
    this.onopen?.();
  }

  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

afterEach(() => {
  FakeWebSocket.instances = [];
  vi.restoreAllMocks();
});

describe('createGraphqlClient', () => {
  it('sends queries with POST and a JSON body, never GET (the API refuses simple GETs)', async () => {
    const fetchStub = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse({ data: statusData })));
    const client = createGraphqlClient({
      url: '/graphql',
      wsUrl: 'ws://localhost/graphql',
      fetch: fetchStub,
    });

    const result = await client.query(statusQuery, {}).toPromise();

    expect(result.data).toEqual(statusFields);
    expect(fetchStub).toHaveBeenCalledTimes(1);
    const [url, init] = fetchStub.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    const body = init?.body;
    if (typeof body !== 'string') throw new Error(`expected a JSON string body, got ${typeof body}`);
    expect(JSON.parse(body)).toMatchObject({ operationName: 'Status' });
  });

  it('caches About and Health as keyless singletons: no refetch and no missing-key warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetchStub = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse({ data: statusData })));
    const client = createGraphqlClient({
      url: '/graphql',
      wsUrl: 'ws://localhost/graphql',
      fetch: fetchStub,
    });

    await client.query(statusQuery, {}).toPromise();
    const second = await client.query(statusQuery, {}).toPromise();

    expect(second.data).toEqual(statusFields);
    expect(fetchStub).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('opens the WebSocket only when a subscription starts, and delivers its events', async () => {
    const client = createGraphqlClient({
      url: '/graphql',
      wsUrl: 'ws://localhost/graphql',
      webSocketImpl: FakeWebSocket,
    });
    expect(FakeWebSocket.instances).toHaveLength(0);

    const results: OperationResult[] = [];
    const subscription = client
      .subscription(
        gql`
          subscription Clock {
            serverTime
          }
        `,
        {},
      )
      .subscribe((result) => results.push(result));

    await vi.waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.instances[0] as FakeWebSocket;
    expect(socket.url).toBe('ws://localhost/graphql');
    expect(socket.protocol).toBe('graphql-transport-ws');

    socket.open();
    await vi.waitFor(() => expect(socket.sent.map((message) => message.type)).toEqual(['connection_init']));
    socket.receive({ type: 'connection_ack' });
    await vi.waitFor(() => expect(socket.sent.at(-1)?.type).toBe('subscribe'));
    const subscribe = socket.sent.at(-1);
    expect(subscribe?.payload?.query).toContain('serverTime');

    socket.receive({
      id: subscribe?.id,
      type: 'next',
      payload: { data: { serverTime: '2025-01-01T00:00:00Z' } },
    });
    await vi.waitFor(() => expect(results.at(-1)?.data).toEqual({ serverTime: '2025-01-01T00:00:00Z' }));

    // Lazy: the last subscription ending closes the socket.
    subscription.unsubscribe();
    await vi.waitFor(() => expect(socket.readyState).toBe(FakeWebSocket.CLOSED));
  });

  it('asks for visitor-dependent answers again after a session mutation a feature names', async () => {
    const meQuery = gql`
      query Viewer {
        me {
          id
          displayName
        }
      }
    `;
    const signOut = gql`
      mutation SignOut {
        signOut
      }
    `;
    let signedIn = true;
    const fetchStub = vi.fn<typeof fetch>((_url, init) => {
      const body =
        typeof init?.body === 'string' ? (JSON.parse(init.body) as { operationName: string }) : null;
      if (body?.operationName === 'SignOut') {
        signedIn = false;
        return Promise.resolve(jsonResponse({ data: { signOut: true } }));
      }
      const me = signedIn ? { __typename: 'Member', id: 'm1', displayName: 'Ada' } : null;
      return Promise.resolve(jsonResponse({ data: { me } }));
    });
    const client = createGraphqlClient({
      url: '/graphql',
      wsUrl: 'ws://localhost/graphql',
      fetch: fetchStub,
      cache: composeCache([{ sessionMutations: ['signOut'] }]),
    });

    const results: OperationResult[] = [];
    const subscription = client.query(meQuery, {}).subscribe((result) => results.push(result));
    await vi.waitFor(() => expect(results.at(-1)?.data).toEqual({ me: { id: 'm1', displayName: 'Ada' } }));

    await client.mutation(signOut, {}).toPromise();
    await vi.waitFor(() => expect(results.at(-1)?.data).toEqual({ me: null }));
    subscription.unsubscribe();
  });
});
