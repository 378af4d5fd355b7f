// A live value as a stream (the server clock, a member's own record): produced at once, then once per
// interval, until the consumer stops or the producer has nothing more to give (undefined). Stopping —
// return() or throw(), which graphql-ws calls when a client unsubscribes or leaves — cancels the wait in
// progress at once, so a closed subscription leaves no timer behind and runs no further work.

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
