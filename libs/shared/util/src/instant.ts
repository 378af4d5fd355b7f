// Instants read strictly. `Date.parse` accepts many shapes and silently rolls impossible fields over
// (`2026-02-30` becomes 2 March, `T24:00` the next day), so a rule or a consent could start on a day nobody
// wrote. Every instant that enters a domain goes through `parseInstant` instead: an RFC 3339 date-time with
// a zone, or a plain `YYYY-MM-DD` date (midnight UTC), with every field in its range, or nothing at all.

/** The ECMAScript time range: ±100,000,000 days around the epoch, in milliseconds. */
const LIMIT = 8.64e15;
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS`, `.fraction` (1–9 digits, truncated to the
 * millisecond as `Date.parse` does) and a zone (`Z` or `±HH:MM`, required with a time). RFC 3339 allows a
 * lower-case `t` and `z`. Seconds may be left out, as ISO 8601 allows; leap seconds (`:60`) are refused,
 * since no epoch-millisecond value can hold them.
 */
const SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2})))?$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, by arithmetic alone (Hinnant's `days_from_civil`):
 * `Date.UTC` maps the years 0–99 to 1900–1999, which would be one more silent rewrite.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Epoch milliseconds of `text`, or `undefined` when it is not a well-formed, existing instant. */
export function parseInstant(text: string): number | undefined {
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  let time = daysFromCivil(year, month, day) * DAY;
  if (h !== undefined) {
    // A time of day never comes without its zone: a local time names no instant.
    if (zulu === undefined && sign === undefined) return undefined;
    const hour = Number(h);
    const minute = Number(mi);
    const second = s === undefined ? 0 : Number(s);
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    const millisecond = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
    time += ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
    if (sign !== undefined) {
      const offsetHour = Number(oh);
      const offsetMinute = Number(om);
      if (offsetHour > 23 || offsetMinute > 59) return undefined;
      time -= (sign === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute) * MINUTE;
    }
  }
  return Math.abs(time) <= LIMIT ? time : undefined;
}

/** A finite number of epoch milliseconds within the range a `Date` can hold. */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMIT;
}
