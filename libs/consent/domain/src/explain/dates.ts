// Dates in running text ("31 December 2026", « 1er janvier 2027 »), always in UTC so a member in another
// time zone reads the same day as the published rule.
import { CodedError, parseInstant, type Lang } from '@lovecando/shared-util';

const OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};
const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', OPTIONS),
  fr: new Intl.DateTimeFormat('fr-FR', OPTIONS),
};

/**
 * A rule's date as epoch ms. An unreadable one is refused (CodedError `BAD_DATE`) rather than shown as a
 * day that nobody wrote; a compiled snapshot never holds one.
 */
export function ruleInstant(value: string): number {
  const time = parseInstant(value);
  if (time === undefined)
    throw new CodedError('BAD_DATE', `not a valid instant (RFC 3339 expected): ${value}`);
  return time;
}

/** The day of an instant (epoch milliseconds). French writes the first of the month as an ordinal: « 1er ». */
export function formatDay(time: number, lang: Lang): string {
  return FORMATS[lang]
    .formatToParts(time)
    .map((part) => (lang === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/**
 * `validUntil` is exclusive (the decider applies a clause while time < validUntil). "Until <day>" is read as
 * "up to and including that day", so the text shows the day of the last instant still covered: an end at
 * 2027-01-01T00:00Z reads "until 31 December 2026".
 */
export const lastCoveredDay = (validUntil: string): number => ruleInstant(validUntil) - 1;
