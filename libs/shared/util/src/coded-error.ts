// The one error type use cases throw: a stable machine code, a message for people, and optionally the
// input field at fault. The API turns it into a GraphQL error with the same code; nothing else leaks.
export class CodedError extends Error {
  override name = 'CodedError';

  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}
