// Every error code the API can answer with: the common ones, the platform's own and each feature's
// (its `<scope>.errors.ts`, named in its manifest). The composition refuses a code claimed by two scopes,
// so a code always means one thing.
import { commonErrors, type ErrorCatalogue, type LocalizedText } from '@lovecando/shared-util';
import { apiFeatures } from '../features.js';
import { platformErrors } from '../graphql/error-codes.js';

export const ERROR_SCOPES: Readonly<Record<string, ErrorCatalogue<string>>> = {
  common: commonErrors,
  platform: platformErrors,
  ...Object.fromEntries(apiFeatures.map((feature) => [feature.name, feature.errors])),
};

/** A code a client may receive in `extensions.code`; the schema's ErrorCode enum lists them all. */
export type ErrorCode = string;

export interface ErrorCodeEntry {
  code: ErrorCode;
  scope: string;
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
      entries.set(code, { code, scope, meaning });
    }
  }
  return entries;
}

/** The composed catalogue, by code, in scope order. */
export const ERROR_CATALOGUE: ReadonlyMap<string, ErrorCodeEntry> = composeCatalogue(ERROR_SCOPES);
