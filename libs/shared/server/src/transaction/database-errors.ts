// What a PostgreSQL failure means for the caller. Two kinds matter beyond "a bug": a conflict with a
// concurrent transaction (deadlock, serialization failure), which is worth retrying, and the database
// being out of reach, which the client should see as a temporary unavailability, never as a crash.

/** SQLSTATE codes of conflicts PostgreSQL resolves by aborting one side; retrying that side is safe. */
const CONFLICT_CODES = new Set(['40001', '40P01']);

/** SQLSTATE classes and codes that mean "the server is not there or not ready". */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Errors of the Node socket layer when the server cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);

const NETWORK_MESSAGES = [
  /Connection terminated/i,
  /connection timeout/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
];

/** Where wrappers keep the error they wrap: TypeORM, GraphQL, and the standard `cause`. */
const WRAPPED = ['driverError', 'originalError', 'thrownValue', 'cause'] as const;

/** The error and the errors it wraps, outermost first (a few levels at most). */
function chain(error: unknown): object[] {
  const found: object[] = [];
  for (let current = error; typeof current === 'object' && current !== null && found.length < 5;) {
    found.push(current);
    const record = current as Record<(typeof WRAPPED)[number], unknown>;
    current = WRAPPED.map((key) => record[key]).find((inner) => typeof inner === 'object' && inner !== null);
  }
  return found;
}

/** The SQLSTATE (or socket error code) of an error thrown by pg or TypeORM, when it has one. */
function codeOf(error: unknown): string | undefined {
  for (const link of chain(error)) {
    const { code } = link as { code?: unknown };
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return chain(error)
    .map((link) => (link as { message?: unknown }).message)
    .filter((message): message is string => typeof message === 'string')
    .join(' ');
}

export type DatabaseFailure = 'conflict' | 'unavailable';

/** `conflict` and `unavailable` are failures a client can recover from by trying again later. */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  const code = codeOf(error);
  if (code !== undefined && CONFLICT_CODES.has(code)) return 'conflict';
  if (code !== undefined && (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code) || code.startsWith('08')))
    return 'unavailable';
  const message = messageOf(error);
  if (NETWORK_MESSAGES.some((pattern) => pattern.test(message))) return 'unavailable';
  return undefined;
}
