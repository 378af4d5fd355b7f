// The GraphQL client of a server render: it sends only visitor-independent queries, says when their answers
// are in, and hands those answers to the page for the browser's client, which reads them instead of asking.
import { gql } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from './graphql-client';
import { createServerGraphqlClient } from './server-client';

const termsQuery = gql`
  query Terms {
    termsOfUse {
      ordinal
    }
  }
`;
const viewerQuery = gql`
  query Viewer {
    me {
      id
    }
  }
`;
const termsData = { termsOfUse: { __typename: 'TermsVersion', ordinal: 3 } };

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** An API that answers after `delayMs` and records the operations it was asked. */
function slowApi(delayMs: number) {
  const asked: string[] = [];
  const answer: typeof fetch = async (_url, init) => {
    asked.push((JSON.parse(init?.body as string) as { operationName: string }).operationName);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return jsonResponse({ data: termsData });
  };
  return { fetch: answer, asked };
}

const serverClient = (fetch: typeof globalThis.fetch) =>
  createServerGraphqlClient({
    url: 'http://127.0.0.1:3000/graphql',
    fetch,
    visitorIndependentQueries: ['termsOfUse'],
  });

describe('createServerGraphqlClient', () => {
  it('sends a visitor-independent query and resolves settled() once its answer is in', async () => {
    const api = slowApi(30);
    const { client, settled, data } = serverClient(api.fetch);
    void client.query(termsQuery, {}).toPromise();
    expect(Object.keys(data())).toHaveLength(0);
    await settled();
    expect(api.asked).toEqual(['Terms']);
    expect(Object.values(data())).toHaveLength(1);
  });

  it('never sends a query about the visitor, which stays without an answer as in a first render', async () => {
    const api = slowApi(0);
    const { client, settled, data } = serverClient(api.fetch);
    let answered = false;
    void client
      .query(viewerQuery, {})
      .toPromise()
      .then(() => (answered = true));
    await settled();
    expect(api.asked).toEqual([]);
    expect(answered).toBe(false);
    expect(data()).toEqual({});
  });

  it('settles at once when nothing was asked', async () => {
    const { settled } = serverClient(slowApi(0).fetch);
    await expect(settled()).resolves.toBeUndefined();
  });

  it('hands its answers to the browser’s client, whose first read asks the API nothing', async () => {
    const server = serverClient(slowApi(0).fetch);
    void server.client.query(termsQuery, {}).toPromise();
    await server.settled();

    const browserFetch = vi.fn<typeof fetch>(() =>
      Promise.resolve(jsonResponse({ data: { termsOfUse: null } })),
    );
    const browser = createGraphqlClient({
      url: '/graphql',
      wsUrl: 'ws://localhost/graphql',
      fetch: browserFetch,
      ssrData: server.data(),
    });
    const result = await browser.query(termsQuery, {}).toPromise();
    expect(result.data).toEqual({ termsOfUse: { ordinal: 3 } });
    expect(browserFetch).not.toHaveBeenCalled();
  });
});
