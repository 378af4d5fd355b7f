// The only shape of error a client ever sees: a message, where it happened and a stable code. No stack
// traces, no original exceptions, and internal failures keep their details in the server log. Failures
// a client can do something about get their own code even when nobody threw a coded error: the
// database out of reach (SERVICE_UNAVAILABLE), a concurrent change that won every retry
// (TRANSACTION_CONFLICT), and Apollo's own refusals that carry no code. A refusal mapped from a
// domain problem also carries its message in every language (`extensions.localizedMessage`); what
// every code means is listed by the public `errorCodes` query.
import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { classifyDatabaseError } from '@lovecando/shared-server';
import {
  INTERNAL_SERVER_ERROR,
  PERSISTED_QUERY_HASH_MISMATCH,
  SERVICE_UNAVAILABLE,
  TRANSACTION_CONFLICT,
} from './error-codes.js';

/** Extension fields safe to show a client; everything else is dropped. */
const PUBLIC_EXTENSIONS = ['field', 'details', 'localizedMessage'] as const;

/** Apollo refusals of a request that come without a code, by their fixed message. */
const UNCODED_REFUSALS: Record<string, string> = {
  'provided sha does not match query': PERSISTED_QUERY_HASH_MISMATCH,
  'Unsupported persisted query version': 'BAD_REQUEST',
};

const RECOVERABLE = {
  unavailable: {
    code: SERVICE_UNAVAILABLE,
    message: 'The service is temporarily unavailable; please try again in a moment.',
  },
  conflict: {
    code: TRANSACTION_CONFLICT,
    message: 'Another change was made at the same time; please try again.',
  },
} as const;

function codeOf(extensions: GraphQLFormattedError['extensions'], message: string): string {
  const rejectedBy = extensions?.['rejectedBy'];
  if (typeof rejectedBy === 'string') return rejectedBy;
  const code = extensions?.['code'];
  // Apollo stamps INTERNAL_SERVER_ERROR on any error that came without a code, its own refusals included.
  if (typeof code === 'string' && code !== INTERNAL_SERVER_ERROR) return code;
  return UNCODED_REFUSALS[message] ?? INTERNAL_SERVER_ERROR;
}

export function formatGraphqlError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  let code = codeOf(formatted.extensions, formatted.message);
  let message = code === INTERNAL_SERVER_ERROR ? 'Internal server error' : formatted.message;
  if (code === INTERNAL_SERVER_ERROR && error !== undefined) {
    const failure = classifyDatabaseError(unwrapResolverError(error));
    if (failure) ({ code, message } = RECOVERABLE[failure]);
  }
  const extensions: Record<string, unknown> = { code };
  for (const key of PUBLIC_EXTENSIONS) {
    if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  }
  // An internal failure never shows a thrower's text, in any language.
  if (code === INTERNAL_SERVER_ERROR) delete extensions['localizedMessage'];
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}
