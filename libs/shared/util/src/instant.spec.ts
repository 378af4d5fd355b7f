// parseInstant: golden cases of what is read and what is refused, and two properties: every instant a Date
// can print comes back unchanged, and every string accepted means what Date.parse and toISOString say it
// means, while every field out of its range (which Date.parse would roll over) is refused.
import fc from 'fast-check';
import { isInstant, parseInstant } from './instant.js';

describe('parseInstant', () => {
  it.each([
    ['2026-06-01T12:00:00Z', Date.UTC(2026, 5, 1, 12)],
    ['2026-06-01T12:00:00.250Z', Date.UTC(2026, 5, 1, 12, 0, 0, 250)],
    ['2026-06-01T12:00:00.5Z', Date.UTC(2026, 5, 1, 12, 0, 0, 500)],
    ['2026-06-01T12:00:00.123456789Z', Date.UTC(2026, 5, 1, 12, 0, 0, 123)],
    ['2026-06-01T12:00Z', Date.UTC(2026, 5, 1, 12)],
    ['2026-06-01t12:00:00z', Date.UTC(2026, 5, 1, 12)],
    ['2026-06-01T14:00:00+02:00', Date.UTC(2026, 5, 1, 12)],
    ['2026-06-01T06:30:00-05:30', Date.UTC(2026, 5, 1, 12)],
    ['2026-06-01T12:00:00-00:00', Date.UTC(2026, 5, 1, 12)],
    ['2026-01-01T00:30:00+01:00', Date.UTC(2025, 11, 31, 23, 30)],
    ['2026-03-01', Date.UTC(2026, 2, 1)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2000-02-29T23:59:59.999Z', Date.UTC(2000, 1, 29, 23, 59, 59, 999)],
    ['1970-01-01T00:00:00Z', 0],
    ['0050-01-01T00:00:00Z', Date.parse('0050-01-01T00:00:00Z')],
    ['0000-01-01', Date.parse('0000-01-01T00:00:00Z')],
    ['9999-12-31T23:59:59.999Z', Date.parse('9999-12-31T23:59:59.999Z')],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    // Days and months that do not exist (Date.parse rolls the first two over to March).
    ['2026-02-30', 'no 30 February'],
    ['2026-02-30T00:00:00Z', 'no 30 February, with a time'],
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'a century that is not a leap year'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    // Times out of range.
    ['2026-01-01T24:00:00Z', 'hour 24 (Date.parse reads the next midnight)'],
    ['2026-01-01T23:60:00Z', 'minute 60'],
    ['2026-01-01T23:59:60Z', 'a leap second'],
    ['2026-01-01T12:00:00+24:00', 'offset of 24 hours'],
    ['2026-01-01T12:00:00+01:60', 'offset minute 60'],
    // A time without a zone names no instant (Date.parse would take the machine's zone).
    ['2026-06-01T12:00:00', 'no zone'],
    ['2026-06-01T12:00', 'no zone, no seconds'],
    // Shapes Date.parse may accept but that are not RFC 3339.
    ['', 'empty'],
    [' 2026-01-01', 'leading space'],
    ['2026-01-01 ', 'trailing space'],
    ['2026-1-1', 'unpadded'],
    ['31/12/2026', 'day first'],
    ['2026-06-01 12:00:00Z', 'space for T'],
    ['2026-06-01T12Z', 'hour alone'],
    ['2026-06-01T12:00:00.Z', 'empty fraction'],
    ['2026-06-01T12:00:00.1234567890Z', 'ten fraction digits'],
    ['2026-06-01T12:00:00+0200', 'offset without colon'],
    ['2026-06-01Z', 'a zone on a date'],
    ['+002026-01-01T00:00:00Z', 'extended year'],
    ['June 1, 2026', 'words'],
    ['1767225600000', 'epoch milliseconds as text'],
  ])('refuses %s (%s)', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });

  const everyDate = fc.date({
    min: new Date('0000-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  });

  it('reads back every instant a Date prints (years 0000–9999)', () => {
    fc.assert(
      fc.property(everyDate, (date) => {
        expect(parseInstant(date.toISOString())).toBe(date.getTime());
      }),
      { numRuns: 5_000 },
    );
  });

  /** Fields that may be out of range, written as the format asks (two digits, four for the year). */
  const fields = fc.record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    time: fc.option(
      fc.record({
        hour: fc.integer({ min: 0, max: 25 }),
        minute: fc.integer({ min: 0, max: 61 }),
        second: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
        fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
        zone: fc.oneof(
          fc.constant(undefined),
          fc.constant('Z'),
          fc.record({
            sign: fc.constantFrom('+', '-'),
            hours: fc.integer({ min: 0, max: 25 }),
            minutes: fc.integer({ min: 0, max: 61 }),
          }),
        ),
      }),
      { nil: undefined },
    ),
  });
  type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

  const two = (n: number) => String(n).padStart(2, '0');
  const write = ({ year, month, day, time }: Fields): string => {
    let text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
    if (!time) return text;
    text += `T${two(time.hour)}:${two(time.minute)}`;
    if (time.second !== undefined) {
      text += `:${two(time.second)}`;
      if (time.fraction !== undefined) text += `.${time.fraction}`;
    }
    if (time.zone === 'Z') text += 'Z';
    else if (time.zone) text += `${time.zone.sign}${two(time.zone.hours)}:${two(time.zone.minutes)}`;
    return text;
  };

  /** Whether the fields name a real wall-clock time: a Date set to them reads the same fields back. */
  const exists = ({ year, month, day, time }: Fields): boolean => {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(time?.hour ?? 0, time?.minute ?? 0, time?.second ?? 0, 0);
    const sameDay =
      date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (!time) return sameDay;
    const zone = time.zone;
    const zoneOk = zone === 'Z' || (zone !== undefined && zone.hours < 24 && zone.minutes < 60);
    return (
      sameDay &&
      zoneOk &&
      date.getUTCHours() === time.hour &&
      date.getUTCMinutes() === time.minute &&
      date.getUTCSeconds() === (time.second ?? 0)
    );
  };

  it('accepts exactly the strings whose fields exist, and reads them as Date.parse and toISOString do', () => {
    fc.assert(
      fc.property(fields, (generated) => {
        const text = write(generated);
        const read = parseInstant(text);
        expect([text, read !== undefined]).toEqual([text, exists(generated)]);
        if (read === undefined) return;
        expect(Date.parse(text)).toBe(read);
        expect(Date.parse(new Date(read).toISOString())).toBe(read);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('isInstant', () => {
  it.each([
    [0, true],
    [Date.UTC(2026, 5, 1), true],
    [-8.64e15, true],
    [8.64e15, true],
    [8.64e15 + 1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    [undefined, false],
    ['2026-06-01T12:00:00Z', false],
    [null, false],
  ])('%p → %p', (value, expected) => {
    expect(isInstant(value)).toBe(expected);
  });
});
