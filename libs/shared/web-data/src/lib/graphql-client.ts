// Builds the urql client the web app talks to the API with: normalised cache, HTTP POST for queries and
// mutations, and a graphql-ws connection for subscriptions on the same /graphql path.
import { Client, fetchExchange, type SSRData, ssrExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange, type Cache, type UpdatesConfig } from '@urql/exchange-graphcache';
import { type Client as WsClient } from 'graphql-ws';
import { type ComposedCache, composeCache } from './feature-cache';

export interface GraphqlClientOptions {
  /** HTTP endpoint, e.g. "/graphql" or "https://example.org/graphql". */
  url: string;
  /** WebSocket endpoint for subscriptions, e.g. "wss://example.org/graphql". */
  wsUrl: string;
  /** fetch implementation; tests pass a stub. */
  fetch?: typeof fetch;
  /** WebSocket constructor; tests pass a stub. Defaults to the browser's WebSocket. */
  webSocketImpl?: unknown;
  /** The features' cache settings, merged (composeCache); the app-wide types are added here. */
  cache?: ComposedCache;
  /**
   * The answers the server used to draw this page (server-client.ts): the first render reads them, so the
   * browser adopts the server's page without asking again.
   */
  ssrData?: SSRData;
}

/** Longest pause between two reconnection attempts of the live channel. */
const MAX_RETRY_DELAY_MS = 30_000;

/** Exponential backoff with jitter so a restarted API is not hit by every tab at the same instant. */
const waitBeforeRetry = (retries: number): Promise<void> => {
  const delay = Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** retries) * (0.5 + Math.random() / 2);
  return new Promise((resolve) => setTimeout(resolve, delay));
};

/** Query fields of the app itself that do not depend on who is signed in; features add theirs. */
export const APP_VISITOR_INDEPENDENT_QUERIES = ['__typename', 'about', 'health'];

/**
 * Drops every cached query answer that depends on the visitor (`me`, admin lists, ...), so the queries on
 * screen ask the API again. Run after the session changes: what one visitor saw must not outlive it.
 */
export function forgetVisitorData(cache: Cache, visitorIndependent: ReadonlySet<string>): void {
  for (const field of cache.inspectFields('Query')) {
    if (!visitorIndependent.has(field.fieldName)) {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

/** The features' updates, plus forgetting the visitor's data after every session-changing mutation. */
function cacheUpdates({
  updates,
  sessionMutations,
  visitorIndependentQueries,
}: ComposedCache): UpdatesConfig {
  const visitorIndependent = new Set([...APP_VISITOR_INDEPENDENT_QUERIES, ...visitorIndependentQueries]);
  const mutations: NonNullable<UpdatesConfig['Mutation']> = { ...updates['Mutation'] };
  for (const name of sessionMutations) {
    const own = mutations[name];
    mutations[name] = (result, args, cache, info) => {
      own?.(result, args, cache, info);
      forgetVisitorData(cache, visitorIndependent);
    };
  }
  return { ...updates, Mutation: mutations };
}

export function createGraphqlClient({
  url,
  wsUrl,
  fetch,
  webSocketImpl,
  cache = composeCache([]),
  ssrData,
}: GraphqlClientOptions): Client {
  // graphql-ws is fetched with the first subscription, not with every page: most pages subscribe to nothing.
  let wsClient: Promise<WsClient> | undefined;
  const liveChannel = () =>
    (wsClient ??= import('graphql-ws').then(({ createClient }) =>
      createClient({
        url: wsUrl,
        webSocketImpl,
        // Open the socket only when a subscription starts, and close it when the last one ends.
        lazy: true,
        // The live channel should come back by itself after an API restart or a network drop.
        retryAttempts: Infinity,
        shouldRetry: () => true,
        retryWait: waitBeforeRetry,
      }),
    ));

  return new Client({
    url,
    fetch,
    // The API has Apollo's CSRF prevention on: a GET without a preflight-forcing header is refused.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: {
          // About and Health are singletons without an id: store them embedded in their parent query.
          About: () => null,
          Health: () => null,
          // Shared shapes without an id, stored inside what returned them: page info of connections and
          // texts in both languages.
          PageInfo: () => null,
          LocalizedText: () => null,
          ...cache.keys,
        },
        updates: cacheUpdates(cache),
      }),
      ...(ssrData ? [ssrExchange({ isClient: true, initialState: ssrData })] : []),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              let stop: (() => void) | undefined;
              let stopped = false;
              liveChannel().then(
                (channel) => {
                  if (!stopped) stop = channel.subscribe(input, sink);
                },
                (error: unknown) => sink.error(error),
              );
              return {
                unsubscribe: () => {
                  stopped = true;
                  stop?.();
                },
              };
            },
          };
        },
      }),
    ],
  });
}
