// How the GraphQL endpoint is served: Apollo Server 5 at /graphql, graphql-ws subscriptions on the same
// path, with every limit on from day one. Before Apollo sees a request, its body size is limited (JSON
// body parser) and its document screened (screen-requests.middleware.ts); validation then applies depth,
// alias and directive limits, and the cost of the operation is checked with its variables.
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError, OperationTypeNode, parse, specifiedRules, validate } from 'graphql';
import { type ServerOptions } from 'graphql-ws';
import { type Response } from 'express';
import { type AppConfig } from '../config/config.schema.js';
import { formatGraphqlError } from './format-error.js';
import { queryLimitRules } from './query-limits.js';
import { costRefusal } from './operation-cost.js';
import { INTERNAL_SERVER_ERROR, SUBSCRIPTION_NEEDS_WEBSOCKET } from './error-codes.js';
import { type InFlightWork } from '../lifecycle/in-flight-work.js';
import { type GraphqlSockets, type SocketExtra } from './graphql-sockets.js';

const logger = new Logger('GraphQL');

/** Internal errors are masked for clients; their details go to the log, with the request id. */
const logInternalErrors: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ errors, operationName }) {
        for (const error of errors) {
          const code = error.extensions['code'];
          if (code === undefined || code === INTERNAL_SERVER_ERROR) {
            logger.error({ err: error.originalError ?? error, operationName }, 'GraphQL operation failed');
          }
        }
        return Promise.resolve();
      },
    });
  },
};

/**
 * Checks that need the resolved operation and its variables: subscriptions belong on WebSocket, and the
 * cost counts list sizes given as variables too.
 */
const checkOperation = (maxCost: number): ApolloServerPlugin => ({
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operation, document, schema, request }) {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on this path.', {
            extensions: { code: SUBSCRIPTION_NEEDS_WEBSOCKET, http: { status: 400 } },
          });
        }
        const refusal = costRefusal(
          { schema, document, operationName: request.operationName, variables: request.variables },
          maxCost,
        );
        if (refusal) throw refusal;
        return Promise.resolve();
      },
    });
  },
});

/** Counts each operation until its response is ready, so a stopping server waits for it. */
const countOperations = (work: InFlightWork): ApolloServerPlugin => ({
  requestDidStart() {
    const end = work.begin();
    return Promise.resolve({
      willSendResponse() {
        end();
        return Promise.resolve();
      },
    });
  },
});

type WsOptions = GraphQLWsSubscriptionsConfig &
  Pick<ServerOptions, 'parse' | 'validate' | 'onError' | 'onConnect' | 'onClose' | 'onSubscribe'>;

/**
 * Subscriptions bypass Apollo, so the same screening, limits, cost and error format are applied to
 * graphql-ws here, and the socket itself is checked when it opens (GraphqlSockets). Nest forwards
 * every graphql-ws option although its type lists only a few.
 */
function graphqlWsOptions(
  config: AppConfig,
  limitRules: ReturnType<typeof queryLimitRules>,
  sockets: GraphqlSockets,
): WsOptions {
  return {
    path: '/graphql',
    onConnect: (context) => sockets.accept(context.extra as SocketExtra),
    onClose: (context) => sockets.release(context.extra as SocketExtra),
    onSubscribe: (_context, _id, payload) => sockets.screen(payload),
    parse: (source) => parse(source, { maxTokens: config.GRAPHQL_MAX_TOKENS }),
    validate: (schema, document) => validate(schema, document, [...specifiedRules, ...limitRules]),
    onError: (_context, _id, _payload, errors) => errors.map((error) => formatGraphqlError(error.toJSON())),
  };
}

export interface GraphqlDependencies {
  work: InFlightWork;
  sockets: GraphqlSockets;
}

export function graphqlOptions(
  config: AppConfig,
  { work, sockets }: GraphqlDependencies,
): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const limitRules = queryLimitRules({
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
  });
  return {
    path: '/graphql',
    // The schema lives in memory; apps/api/schema.gql is written by `npm run schema:generate`.
    autoSchemaFile: true,
    sortSchema: true,
    subscriptions: { 'graphql-ws': graphqlWsOptions(config, limitRules, sockets) },
    introspection: !production,
    // GraphiQL is served outside production to a caller on this machine only (graphiql-gate.ts).
    graphiql: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: limitRules,
    formatError: formatGraphqlError,
    plugins: [logInternalErrors, checkOperation(config.GRAPHQL_MAX_COST), countOperations(work)],
    // HTTP operations carry the session the middleware resolved; a subscription resolves the cookie of
    // its WebSocket upgrade request, checked again for every operation.
    context: async ({ req, res, extra }: { req?: Express.Request; res?: Response; extra?: SocketExtra }) => {
      if (req) return { req, res, auth: (req as { auth?: unknown }).auth };
      return sockets.operationContext(extra);
    },
  };
}
