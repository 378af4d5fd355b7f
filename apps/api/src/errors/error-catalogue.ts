// Every error code the API can answer with, composed from each scope's catalogue (`<scope>.errors.ts`).
// The composition refuses a code claimed by two scopes, so a code always means one thing.
import { identityErrors } from '@lovecando/identity-api';
import { commonErrors, type ErrorCatalogue, type LocalizedText } from '@lovecando/shared-util';
import { termsErrors } from '@lovecando/terms-api';
import { platformErrors } from '../graphql/error-codes.js';

export const ERROR_SCOPES = {
  common: commonErrors,
  platform: platformErrors,
  identity: identityErrors,
  terms: termsErrors,
} as const satisfies Record<string, ErrorCatalogue<string>>;

type Scopes = typeof ERROR_SCOPES;
/** Every code a client may receive in `extensions.code`. */
export type ErrorCode = Extract<{ [S in keyof Scopes]: keyof Scopes[S] }[keyof Scopes], string>;

export interface ErrorCodeEntry {
  code: ErrorCode;
  scope: keyof Scopes;
  meaning: LocalizedText;
}

export function composeCatalogue(
  scopes: Record<string, ErrorCatalogue<string>>,
): Map<string, ErrorCodeEntry> {
  const entries = new Map<string, ErrorCodeEntry>();
  for (const [scope, catalogue] of Object.entries(scopes)) {
    for (const [code, meaning] of Object.entries(catalogue)) {
      const claimed = entries.get(code);
      if (claimed) throw new Error(`error code ${code} is declared by both ${claimed.scope} and ${scope}`);
      entries.set(code, { code: code as ErrorCode, scope: scope as keyof Scopes, meaning });
    }
  }
  return entries;
}

/** The composed catalogue, by code, in scope order. */
export const ERROR_CATALOGUE: ReadonlyMap<string, ErrorCodeEntry> = composeCatalogue(ERROR_SCOPES);
