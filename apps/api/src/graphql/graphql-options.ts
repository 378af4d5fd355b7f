// How the GraphQL endpoint is served: Apollo Server 5 at /graphql, graphql-ws subscriptions on the same
// path, with every limit on from day one (body size is limited before, in the JSON body parser).
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { parse, specifiedRules, validate } from 'graphql';
import { type ServerOptions } from 'graphql-ws';
import { type AppConfig } from '../config/config.schema.js';
import { formatGraphqlError } from './format-error.js';
import { queryLimitRules } from './query-limits.js';
import { INTERNAL_SERVER_ERROR } from './error-codes.js';
import { type InFlightWork } from '../lifecycle/in-flight-work.js';

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
 * Subscriptions bypass Apollo, so the same token limit, query limits and error format are applied to
 * graphql-ws here. Nest forwards every graphql-ws option although its type lists only a few.
 */
function graphqlWsOptions(config: AppConfig, limitRules: ReturnType<typeof queryLimitRules>) {
  const options: GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'parse' | 'validate' | 'onError'> = {
    path: '/graphql',
    parse: (source) => parse(source, { maxTokens: config.GRAPHQL_MAX_TOKENS }),
    validate: (schema, document) => validate(schema, document, [...specifiedRules, ...limitRules]),
    onError: (_context, _id, _payload, errors) => errors.map((error) => formatGraphqlError(error.toJSON())),
  };
  return options;
}

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

export function graphqlOptions(config: AppConfig, work: InFlightWork): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const limitRules = queryLimitRules({
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxCost: config.GRAPHQL_MAX_COST,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
  });
  return {
    path: '/graphql',
    // The schema lives in memory; apps/api/schema.gql is written by `npm run schema:generate`.
    autoSchemaFile: true,
    sortSchema: true,
    subscriptions: { 'graphql-ws': graphqlWsOptions(config, limitRules) },
    introspection: !production,
    graphiql: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: limitRules,
    formatError: formatGraphqlError,
    plugins: [logInternalErrors, countOperations(work)],
  };
}
