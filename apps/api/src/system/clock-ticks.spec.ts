import { clockTicks } from './clock-ticks.js';

describe('clockTicks', () => {
  it('yields at once, then once per interval, until the consumer stops', async () => {
    let calls = 0;
    const ticks = clockTicks(5, () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++calls)));
    const first = await ticks.next();
    const second = await ticks.next();
    expect(first.value).toEqual(new Date('2026-01-01T00:00:01Z'));
    expect(second.value).toEqual(new Date('2026-01-01T00:00:02Z'));
    const done = await ticks.return(undefined);
    expect(done.done).toBe(true);
    expect((await ticks.next()).done).toBe(true);
  });
});
