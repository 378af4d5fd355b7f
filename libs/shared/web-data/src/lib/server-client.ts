// The GraphQL client of a server render (docs/architecture.md#first-paint-from-the-server). The server draws
// a page for nobody in particular, so it asks only what is the same for every visitor (the features'
// visitor-independent queries: the terms, the about page); a query about the visitor (`me`) is never sent
// and stays "loading", as it is in the browser's first render. What it received is handed to the page
// (ssrData) so the browser's first render finds the same answers without asking again.
import { Client, type Exchange, fetchExchange, type Operation, ssrExchange, type SSRData } from '@urql/core';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { filter, onPush, pipe } from 'wonka';
import { APP_VISITOR_INDEPENDENT_QUERIES } from './graphql-client';

export interface ServerGraphqlClientOptions {
  /** The API's GraphQL endpoint as the server reaches it (its own loopback address). */
  url: string;
  fetch?: typeof fetch;
  /** Query fields whose answer is the same for every visitor (ComposedCache.visitorIndependentQueries). */
  visitorIndependentQueries: readonly string[];
}

export interface ServerGraphqlClient {
  client: Client;
  /** Resolves once every query sent so far has its answer. */
  settled: () => Promise<void>;
  /** The answers received, to embed in the page for the browser's client. */
  data: () => SSRData;
}

/** The root fields an operation selects, e.g. ["termsOfUse"]. */
function rootFields(operation: Operation): string[] {
  const definition = operation.query.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  );
  return (definition?.selectionSet.selections ?? []).map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : '',
  );
}

export function createServerGraphqlClient({
  url,
  fetch,
  visitorIndependentQueries,
}: ServerGraphqlClientOptions): ServerGraphqlClient {
  const sameForEveryone = new Set([...APP_VISITOR_INDEPENDENT_QUERIES, ...visitorIndependentQueries]);
  const mayAsk = (operation: Operation) =>
    operation.kind === 'teardown' ||
    (operation.kind === 'query' && rootFields(operation).every((field) => sameForEveryone.has(field)));

  let inFlight = 0;
  const waiters: Array<() => void> = [];
  const release = () => {
    inFlight -= 1;
    if (inFlight === 0) for (const wake of waiters.splice(0)) wake();
  };
  // Lets only the visitor-independent queries through, and counts those awaiting their answer.
  const visitorIndependentOnly: Exchange =
    ({ forward }) =>
    (operations$) =>
      forward(
        pipe(
          operations$,
          filter(mayAsk),
          onPush((operation) => {
            if (operation.kind === 'query') inFlight += 1;
          }),
        ),
      );
  const counted: Exchange = (input) => (operations$) =>
    pipe(fetchExchange(input)(operations$), onPush(release));

  const ssr = ssrExchange({ isClient: false });
  const client = new Client({
    url,
    fetch,
    preferGetMethod: false,
    exchanges: [ssr, visitorIndependentOnly, counted],
  });
  return {
    client,
    settled: async () => {
      // Queries started just before may still be on their way through the exchanges.
      await new Promise((tick) => setTimeout(tick, 0));
      if (inFlight > 0) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    data: () => ssr.extractData(),
  };
}
