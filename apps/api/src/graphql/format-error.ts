// The only shape of error a client ever sees: a message, where it happened and a stable code. No stack
// traces, no original exceptions, and internal failures keep their details in the server log.
import { type GraphQLFormattedError } from 'graphql';
import { INTERNAL_SERVER_ERROR } from './error-codes.js';

/** Extension fields safe to show a client; everything else is dropped. */
const PUBLIC_EXTENSIONS = ['field', 'details'] as const;

function codeOf(extensions: GraphQLFormattedError['extensions']): string {
  const rejectedBy = extensions?.['rejectedBy'];
  if (typeof rejectedBy === 'string') return rejectedBy;
  const code = extensions?.['code'];
  return typeof code === 'string' ? code : INTERNAL_SERVER_ERROR;
}

export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = codeOf(formatted.extensions);
  const extensions: Record<string, unknown> = { code };
  for (const key of PUBLIC_EXTENSIONS) {
    if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  }
  return {
    message: code === INTERNAL_SERVER_ERROR ? 'Internal server error' : formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}
