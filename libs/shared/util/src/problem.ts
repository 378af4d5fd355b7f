// The shape every engine uses to say what is wrong with an input: a stable code, where, and why in
// each language. The API maps it to a GraphQL error (extensions.code, extensions.field, both messages).
import { type LocalizedText } from './localized-text.js';

export interface Problem<Code extends string = string> {
  readonly code: Code;
  /** Where the problem is, as a dotted path into the input (e.g. "clauses.2.purposes"); "" for the whole input. */
  readonly path: string;
  readonly message: LocalizedText;
}
