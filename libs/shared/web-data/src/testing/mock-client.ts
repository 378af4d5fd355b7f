// For web tests only: a real urql Client whose only exchange answers operations from the test, so pages run
// through urql exactly as in the app while no request leaves the test. It records every operation it gets.
import { Kind } from 'graphql';
import { Client, type Exchange, makeResult, type Operation, type OperationResult } from 'urql';
import { filter, fromValue, mergeMap, pipe, takeUntil, tap, type Source } from 'wonka';

export type Responder = (operation: Operation) => Source<OperationResult>;

export function createMockClient(respond: Responder): { client: Client; operations: Operation[] } {
  const operations: Operation[] = [];
  const mockExchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      tap((operation) => operations.push(operation)),
      mergeMap((operation) =>
        pipe(
          respond(operation),
          // Stop answering an operation once urql tears it down (component unmounted or re-run).
          takeUntil(
            pipe(
              operations$,
              filter((next) => next.kind === 'teardown' && next.key === operation.key),
            ),
          ),
        ),
      ),
    );
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [mockExchange] });
  return { client, operations };
}

/** The name of an operation, e.g. "SignIn" ("" for an anonymous one). */
export const operationName = (operation: Operation): string =>
  operation.query.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)?.name
    ?.value ?? '';

/** A successful answer. */
export const answer = (operation: Operation, data: object): Source<OperationResult> =>
  fromValue(makeResult(operation, { data }));

/** An answer with one GraphQL error carrying the API's extensions (code, field, details). */
export const answerError = (
  operation: Operation,
  extensions: { code: string; field?: string; details?: Record<string, unknown> },
): Source<OperationResult> =>
  fromValue(makeResult(operation, { data: null, errors: [{ message: 'refused', extensions }] }));
