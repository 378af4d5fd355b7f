// The server clock as a stream: one event at once, then one per interval until the consumer stops.
import { setTimeout as sleep } from 'node:timers/promises';

export async function* clockTicks(
  intervalMs: number,
  now: () => Date = () => new Date(),
): AsyncGenerator<Date> {
  for (;;) {
    yield now();
    await sleep(intervalMs);
  }
}
