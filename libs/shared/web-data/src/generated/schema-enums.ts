/** Every value `extensions.code` of an error can take. `errorCodes` says what each one means. */
export type ErrorCode =
  /** This needs an active account (confirmed and not suspended). */
  | 'ACCOUNT_NOT_ACTIVE'
  /** The member is already suspended. */
  | 'ALREADY_SUSPENDED'
  /** A date is not a valid instant (RFC 3339 expected). */
  | 'BAD_DATE'
  /** The request itself is malformed. */
  | 'BAD_REQUEST'
  /** An input value is not acceptable; `field` names it. */
  | 'BAD_USER_INPUT'
  /** An admin cannot change their own role. */
  | 'CANNOT_CHANGE_OWN_ROLE'
  /** An admin cannot suspend themselves. */
  | 'CANNOT_SUSPEND_SELF'
  /** The signed-in account may not do this. */
  | 'FORBIDDEN'
  /** The GraphQL document is not valid syntax. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The GraphQL document does not match the schema. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** Something failed on the server; its log has the details. */
  | 'INTERNAL_SERVER_ERROR'
  /** The email or the password is incorrect (never says which). */
  | 'INVALID_CREDENTIALS'
  /** A time is not valid (epoch milliseconds expected). */
  | 'INVALID_TIME'
  /** The link is invalid, already used or expired. */
  | 'INVALID_TOKEN'
  /** The development outbox answers only on the machine that runs the server. */
  | 'LOCAL_ONLY'
  /** The request body is not valid JSON. */
  | 'MALFORMED_JSON'
  /** Nothing matches what was asked for. */
  | 'NOT_FOUND'
  /** The member is not suspended. */
  | 'NOT_SUSPENDED'
  /** The password is longer than the maximum length. */
  | 'PASSWORD_TOO_LONG'
  /** The password is shorter than the minimum length. */
  | 'PASSWORD_TOO_SHORT'
  /** The password is too easy to guess (`details.hint` may say why). */
  | 'PASSWORD_TOO_WEAK'
  /** The request body is larger than the server accepts. */
  | 'PAYLOAD_TOO_LARGE'
  /** The persisted query hash is not the SHA-256 of the query sent with it. */
  | 'PERSISTED_QUERY_HASH_MISMATCH'
  /** The persisted query is not known: send it with its text. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The query would cost too much to answer. */
  | 'QUERY_TOO_COMPLEX'
  /** The query nests selections too deeply. */
  | 'QUERY_TOO_DEEP'
  /** The server is busy with this kind of work: try again in a moment. */
  | 'SERVER_BUSY'
  /** The service is temporarily unavailable: try again in a moment. */
  | 'SERVICE_UNAVAILABLE'
  /** Subscriptions are served over WebSocket (graphql-ws) only. */
  | 'SUBSCRIPTION_NEEDS_WEBSOCKET'
  /** The query uses too many aliases. */
  | 'TOO_MANY_ALIASES'
  /** Too many attempts: try again later (`details.retryAfterSeconds`). */
  | 'TOO_MANY_ATTEMPTS'
  /** The query uses too many directives. */
  | 'TOO_MANY_DIRECTIVES'
  /** The query selects too many fields. */
  | 'TOO_MANY_SELECTIONS'
  /** Another change was made at the same time: simply try again. */
  | 'TRANSACTION_CONFLICT'
  /** This needs a signed-in account. */
  | 'UNAUTHENTICATED';

/** Whether the API can serve requests. */
export type HealthStatus =
  | 'NOT_READY'
  | 'READY';

/** A language of the platform. */
export type Language =
  | 'en'
  | 'fr';

/** MEMBER votes and proposes; BOARD also ratifies; ADMIN runs the instance. */
export type MemberRole =
  | 'ADMIN'
  | 'BOARD'
  | 'MEMBER';

/** PENDING: email not verified, read only. ACTIVE: full member. SUSPENDED: read only. */
export type MemberStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'SUSPENDED';

/** Flesch's levels: ≥ 90 very easy, ≥ 80 easy, ≥ 70 fairly easy, ≥ 60 standard, ≥ 50 fairly difficult, ≥ 30 difficult. */
export type ReadabilityBand =
  | 'DIFFICULT'
  | 'EASY'
  | 'FAIRLY_DIFFICULT'
  | 'FAIRLY_EASY'
  | 'STANDARD'
  | 'VERY_DIFFICULT'
  | 'VERY_EASY';
