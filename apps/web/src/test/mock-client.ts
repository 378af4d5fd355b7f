// A real urql Client whose only exchange answers operations from the test, so components run through
// urql exactly as in the app while no request leaves the test.
import { Client, type Exchange, type Operation, type OperationResult } from 'urql';
import { filter, mergeMap, pipe, takeUntil, type Source } from 'wonka';

export type Responder = (operation: Operation) => Source<OperationResult>;

export function createMockClient(respond: Responder): Client {
  const mockExchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
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
  return new Client({ url: 'http://localhost/graphql', exchanges: [mockExchange] });
}
