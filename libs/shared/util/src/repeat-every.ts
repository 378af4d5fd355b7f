// A live value as a stream (the server clock, a member's own record): produced at once, then once per
// interval, until the consumer stops or the producer has nothing more to give (undefined). Stopping —
// return() or throw(), which graphql-ws calls when a client unsubscribes or leaves — cancels the wait in
// progress at once, so a closed subscription leaves no timer behind and runs no further work.

// Timers and AbortController are web-platform APIs that Node and browsers both provide. They are declared
// here, for this module only, so that the pure domain libraries importing this lib (compiled with neither
// DOM nor Node types) type-check as well; at run time these names are the platform's own.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(timer: unknown): void;
interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
declare class AbortController {
  readonly signal: AbortSignalLike;
  abort(): void;
}

export function repeatEvery<T>(
  intervalMs: number,
  produce: () => T | undefined | Promise<T | undefined>,
): AsyncIterableIterator<T> {
  const stop = new AbortController();
  const { signal } = stop;
  const wait = () =>
    new Promise<void>((resolve) => {
      const onAbort = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, intervalMs);
      signal.addEventListener('abort', onAbort, { once: true });
    });

  async function* values(): AsyncGenerator<T, undefined> {
    while (!signal.aborted) {
      const value = await produce();
      if (value === undefined || signal.aborted) return undefined;
      yield value;
      await wait();
    }
    return undefined;
  }

  const inner = values();
  return {
    next: () => inner.next(),
    return: () => {
      stop.abort();
      return inner.return(undefined);
    },
    throw: (error?: unknown) => {
      stop.abort();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
