// repeatEvery: values at once and then per interval, an end when the producer has nothing, and a stop that
// does not wait for the pending interval.
import { repeatEvery } from './repeat-every.js';

describe('repeatEvery', () => {
  it('yields at once, then once per interval, until the consumer stops', async () => {
    let calls = 0;
    const ticks = repeatEvery(5, () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++calls)));
    expect((await ticks.next()).value).toEqual(new Date('2026-01-01T00:00:01Z'));
    expect((await ticks.next()).value).toEqual(new Date('2026-01-01T00:00:02Z'));
    expect((await ticks.return?.(undefined))?.done).toBe(true);
    expect((await ticks.next()).done).toBe(true);
    expect(calls).toBe(2);
  });

  it('ends when the producer has nothing more', async () => {
    const values = repeatEvery(1, () => undefined);
    expect(await values.next()).toEqual({ done: true, value: undefined });
  });

  it('stops at once during a long interval, leaving no timer and producing nothing more', async () => {
    // Fake timers: the minute never passes, so the stop can only resolve by cancelling the wait.
    jest.useFakeTimers();
    try {
      let calls = 0;
      const slow = repeatEvery(60_000, () => ++calls);
      expect((await slow.next()).value).toBe(1);
      const pending = slow.next(); // now waiting out the minute
      await Promise.resolve();
      expect(jest.getTimerCount()).toBe(1);
      expect(await slow.return?.(undefined)).toEqual({ done: true, value: undefined });
      expect(await pending).toEqual({ done: true, value: undefined });
      expect(jest.getTimerCount()).toBe(0);
      expect(calls).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
