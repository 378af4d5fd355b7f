// Stops the process in order on SIGINT/SIGTERM: report not-ready, drain HTTP and subscriptions, close the
// database pool, stop the embedded PostgreSQL, exit. A second signal or the timeout forces the exit.
export interface ShutdownOptions {
  timeoutMs: number;
  onTimeout: () => void;
  onError: (error: unknown) => void;
}

export function onTerminationSignals(
  shutdown: (signal: NodeJS.Signals) => Promise<void>,
  options: ShutdownOptions,
) {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => {
      options.onTimeout();
      process.exit(1);
    }, options.timeoutMs).unref();
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        options.onError(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
