// Public API of the web data layer: the urql client factory, the `graphql()` function that types
// operations written in the web code, and the types generated from the API schema.
export { createGraphqlClient, type GraphqlClientOptions } from './lib/graphql-client';
export * from './generated/index.js';
export type * from './generated/graphql.js';
// Every error code the API can answer with, generated from the schema's ErrorCode enum.
export type { ErrorCode } from './generated/schema-enums.js';
