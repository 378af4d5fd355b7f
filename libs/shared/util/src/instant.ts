// Instants read strictly. `Date.parse` accepts many shapes and silently rolls impossible fields over
// (`2026-02-30` becomes 2 March, `T24:00` the next day), so a rule or a consent could start on a day nobody
// wrote. Every instant that enters a domain goes through `parseInstant` instead: an RFC 3339 date-time with
// a zone, or a plain `YYYY-MM-DD` date (midnight UTC), with every field in its range, or nothing at all.

/** The ECMAScript time range: ±100,000,000 days around the epoch, in milliseconds. */
const LIMIT = 8.64e15;
const MINUTE = 60_000;
const DAY = 86_400_000;

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

// Character codes.
const ZERO = 0x30; // 0
const DASH = 0x2d; // -
const COLON = 0x3a; // :
const DOT = 0x2e; // .
const PLUS = 0x2b; // +
const MINUS = DASH;
const UPPER_T = 0x54;
const LOWER_T = 0x74;
const UPPER_Z = 0x5a;
const LOWER_Z = 0x7a;

/** The `count` decimal digits of `text` from `start`, or -1 when one of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let at = start; at < start + count; at += 1) {
    const digit = text.charCodeAt(at) - ZERO;
    // NaN past the end of the text fails this test too.
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Epoch milliseconds of `text`, or `undefined` when it is not a well-formed, existing instant. Accepted:
 * `YYYY-MM-DD`, or that followed by `THH:MM`, optionally `:SS` and `.fraction` (1–9 digits, truncated to
 * the millisecond as `Date.parse` does), and a zone (`Z` or `±HH:MM`), which a time of day needs: a local
 * time names no instant. RFC 3339 allows a lower-case `t` and `z`; seconds may be left out, as ISO 8601
 * allows; leap seconds (`:60`) are refused, since no epoch-millisecond value can hold them. Read character
 * by character rather than with a regular expression: choices and rules are parsed by the thousand.
 */
export function parseInstant(text: string): number | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const midnight = daysFromCivil(year, month, day) * DAY;
  if (length === 10) return midnight;

  const separator = text.charCodeAt(10);
  if ((separator !== UPPER_T && separator !== LOWER_T) || text.charCodeAt(13) !== COLON) return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let at = 16;
  let second = 0;
  let millisecond = 0;
  if (text.charCodeAt(at) === COLON) {
    second = digits(text, at + 1, 2);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    if (text.charCodeAt(at) === DOT) {
      let count = 0;
      while (count < 10 && digits(text, at + 1 + count, 1) >= 0) count += 1;
      if (count === 0 || count > 9) return undefined;
      const kept = Math.min(count, 3);
      millisecond = digits(text, at + 1, kept) * 10 ** (3 - kept);
      at += 1 + count;
    }
  }

  const zone = text.charCodeAt(at);
  let offset = 0;
  if (zone === UPPER_Z || zone === LOWER_Z) {
    if (at + 1 !== length) return undefined;
  } else if (zone === PLUS || zone === MINUS) {
    if (at + 6 !== length || text.charCodeAt(at + 3) !== COLON) return undefined;
    const offsetHour = digits(text, at + 1, 2);
    const offsetMinute = digits(text, at + 4, 2);
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return undefined;
    offset = (zone === MINUS ? -1 : 1) * (offsetHour * 60 + offsetMinute) * MINUTE;
  } else return undefined;

  const time = midnight + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond - offset;
  return Math.abs(time) <= LIMIT ? time : undefined;
}

/** A finite number of epoch milliseconds within the range a `Date` can hold. */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMIT;
}
