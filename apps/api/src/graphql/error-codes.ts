// Stable error codes clients can branch on. Apollo's own codes (GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, BAD_REQUEST, ...) pass through unchanged; these are ours.
export const QueryLimitCode = {
  tooDeep: 'QUERY_TOO_DEEP',
  tooManyAliases: 'TOO_MANY_ALIASES',
  tooComplex: 'QUERY_TOO_COMPLEX',
  tooManyDirectives: 'TOO_MANY_DIRECTIVES',
  tooManySelections: 'TOO_MANY_SELECTIONS',
} as const;
export type QueryLimitCode = (typeof QueryLimitCode)[keyof typeof QueryLimitCode];

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';
export const MALFORMED_JSON = 'MALFORMED_JSON';
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';
/** The database cannot be reached for now: the client may try again later. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
/** A concurrent change won every retry of this one: the client may simply try again. */
export const TRANSACTION_CONFLICT = 'TRANSACTION_CONFLICT';
/** Subscriptions are served over WebSocket (graphql-ws) only. */
export const SUBSCRIPTION_NEEDS_WEBSOCKET = 'SUBSCRIPTION_NEEDS_WEBSOCKET';
/** An automatic persisted query whose hash is not the SHA-256 of the query sent with it. */
export const PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH';
