// Public API of the web data layer: the urql client factory, the shape of a scope's web manifest and the
// merging of the features' cache settings, the `graphql()` function that types operations written in the
// web code, and the types generated from the API schema.
export { createGraphqlClient, type GraphqlClientOptions } from './lib/graphql-client';
export { composeCache, type ComposedCache } from './lib/feature-cache';
export {
  createServerGraphqlClient,
  type ServerGraphqlClient,
  type ServerGraphqlClientOptions,
} from './lib/server-client';
export { isPrerenderedPage, PRERENDERED_PAGE, type FeatureCache, type WebFeature } from './lib/web-feature';
export * from './generated/index.js';
export type * from './generated/graphql.js';
// Every error code the API can answer with, generated from the schema's ErrorCode enum.
export type { ErrorCode } from './generated/schema-enums.js';
