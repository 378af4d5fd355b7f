// Builds the urql client the web app talks to the API with: normalised cache, HTTP POST for queries and
// mutations, and a graphql-ws connection for subscriptions on the same /graphql path.
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { createClient as createWsClient } from 'graphql-ws';

export interface GraphqlClientOptions {
  /** HTTP endpoint, e.g. "/graphql" or "https://example.org/graphql". */
  url: string;
  /** WebSocket endpoint for subscriptions, e.g. "wss://example.org/graphql". */
  wsUrl: string;
  /** fetch implementation; tests pass a stub. */
  fetch?: typeof fetch;
  /** WebSocket constructor; tests pass a stub. Defaults to the browser's WebSocket. */
  webSocketImpl?: unknown;
}

/** Longest pause between two reconnection attempts of the live channel. */
const MAX_RETRY_DELAY_MS = 30_000;

/** Exponential backoff with jitter so a restarted API is not hit by every tab at the same instant. */
const waitBeforeRetry = (retries: number): Promise<void> => {
  const delay = Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** retries) * (0.5 + Math.random() / 2);
  return new Promise((resolve) => setTimeout(resolve, delay));
};

/** Query fields that do not depend on who is signed in; every other one is. */
const VISITOR_INDEPENDENT_FIELDS = new Set(['__typename', 'about', 'health', 'termsOfUse']);

/**
 * Drops every cached query answer that depends on the visitor (`me`, admin lists, ...), so the queries on
 * screen ask the API again. Run after the session changes: what one visitor saw must not outlive it.
 */
export function forgetVisitorData(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (!VISITOR_INDEPENDENT_FIELDS.has(field.fieldName)) {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

export function createGraphqlClient({ url, wsUrl, fetch, webSocketImpl }: GraphqlClientOptions): Client {
  const wsClient = createWsClient({
    url: wsUrl,
    webSocketImpl,
    // Open the socket only when a subscription starts, and close it when the last one ends.
    lazy: true,
    // The live channel should come back by itself after an API restart or a network drop.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: waitBeforeRetry,
  });

  return new Client({
    url,
    fetch,
    // The API has Apollo's CSRF prevention on: a GET without a preflight-forcing header is refused.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        // About and Health are singletons without an id: store them embedded in their parent query.
        keys: {
          About: () => null,
          Health: () => null,
          // Connection wrappers have no id: they are stored inside the query that returned them.
          MemberConnection: () => null,
          MemberEdge: () => null,
          PageInfo: () => null,
          // A version of the terms is identified by its ordinal. An article's id ("membership") stays the
          // same from one version to the next while its text changes, so it is no key: each article is
          // stored inside its version, as are the texts and scores, which have no identity of their own.
          TermsVersion: (data) => (typeof data['ordinal'] === 'number' ? String(data['ordinal']) : null),
          TermsArticle: () => null,
          LocalizedText: () => null,
          LocalizedReadability: () => null,
          Readability: () => null,
        },
        updates: {
          Mutation: {
            // The session cookie is httpOnly, so the app learns who is signed in only from `me`: after
            // any mutation that starts, ends or renews the session, ask again.
            signIn: (_result, _args, cache) => forgetVisitorData(cache),
            signOut: (_result, _args, cache) => forgetVisitorData(cache),
            changePassword: (_result, _args, cache) => forgetVisitorData(cache),
          },
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = wsClient.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
