// Every error code a scope can answer with, and what it means in each language. The API composes the
// scopes' catalogues into the schema's ErrorCode enum (so clients get the codes as generated types) and
// into the public `errorCodes` query, and falls back to these meanings when an error has no
// bilingual message of its own.
import { type LocalizedText } from './localized-text.js';

export type ErrorCatalogue<Code extends string> = Readonly<Record<Code, LocalizedText>>;

/** Declares a scope's catalogue; `as const` keys become the scope's code union. */
export const defineErrors = <const Code extends string>(
  catalogue: ErrorCatalogue<Code>,
): ErrorCatalogue<Code> => Object.freeze(catalogue);

/** The codes of a catalogue, in declaration order. */
export const codesOf = <Code extends string>(catalogue: ErrorCatalogue<Code>): Code[] =>
  Object.keys(catalogue) as Code[];
