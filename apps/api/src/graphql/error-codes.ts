// Stable error codes clients can branch on. Apollo's own codes (GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, BAD_REQUEST, ...) pass through unchanged; these are ours.
export const QueryLimitCode = {
  tooDeep: 'QUERY_TOO_DEEP',
  tooManyAliases: 'TOO_MANY_ALIASES',
  tooComplex: 'QUERY_TOO_COMPLEX',
  tooManyDirectives: 'TOO_MANY_DIRECTIVES',
} as const;
export type QueryLimitCode = (typeof QueryLimitCode)[keyof typeof QueryLimitCode];

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';
export const MALFORMED_JSON = 'MALFORMED_JSON';
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';
