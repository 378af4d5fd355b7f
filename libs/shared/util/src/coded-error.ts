// The one error type use cases throw: a stable machine code, a message for people, and optionally the
// input field at fault and the message in every language. The API turns it into a GraphQL error with
// the same code (extensions.code, extensions.field, extensions.localizedMessage); nothing else leaks.
// Each scope narrows `Code` to its own union (see `<scope>.errors.ts`), so a misspelt code fails to compile.
import { type LocalizedText } from './localized-text.js';
import { type Problem } from './problem.js';

export class CodedError<Code extends string = string> extends Error {
  override name = 'CodedError';

  constructor(
    readonly code: Code,
    message: string,
    readonly field?: string,
    readonly details?: Readonly<Record<string, unknown>>,
    readonly localizedMessage?: LocalizedText,
  ) {
    super(message);
  }
}

/** Joins an input prefix ("input") and a domain path ("clauses.2") into the field the API names. */
export function fieldPath(prefix: string | undefined, path: string): string | undefined {
  if (!prefix) return path || undefined;
  return path ? `${prefix}.${path}` : prefix;
}

/**
 * The one mapper from a domain refusal to the API's error: same code, the field at fault under the
 * input it came from, the message in the caller's language and in every language.
 */
export function refusalError<Code extends string>(
  problem: Problem<Code>,
  options: {
    fieldPrefix?: string;
    language?: keyof LocalizedText;
    details?: Readonly<Record<string, unknown>>;
  } = {},
): CodedError<Code> {
  const field = fieldPath(options.fieldPrefix, problem.path);
  return new CodedError(
    problem.code,
    problem.message[options.language ?? 'en'],
    field,
    options.details,
    problem.message,
  );
}
