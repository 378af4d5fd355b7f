// Formats the API's ISO date-times and numbers for people, in the interface language (and, for dates, the
// visitor's time zone), so every page writes "14 mars 2025" or "1 234,5" the same way.

/** Intl's date styles: "medium" is "14 mars 2025", "long" spells the month, "full" adds the weekday. */
export type DateStyle = 'medium' | 'long' | 'full';
export type TimeStyle = 'short' | 'medium';

/**
 * `date` without a time of day, e.g. a publication or sign-up date, in the visitor's time zone unless
 * `timeZone` names one (the server, which does not know the visitor's, writes UTC: LocalDate.tsx).
 */
export function formatDate(
  iso: string,
  language: string,
  dateStyle: DateStyle = 'medium',
  timeZone?: string,
): string {
  return format(iso, new Intl.DateTimeFormat(language, { dateStyle, timeZone }));
}

/** A moment: the date and the time of day ("short" gives minutes, "medium" seconds too). */
export function formatDateTime(
  iso: string,
  language: string,
  { dateStyle = 'medium', timeStyle = 'short' }: { dateStyle?: DateStyle; timeStyle?: TimeStyle } = {},
): string {
  return format(iso, new Intl.DateTimeFormat(language, { dateStyle, timeStyle }));
}

/** A number with the language's digit grouping and decimal mark; options as Intl.NumberFormat takes. */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}

function format(iso: string, formatter: Intl.DateTimeFormat): string {
  const date = new Date(iso);
  // An unparsable value is shown as received rather than as "Invalid Date".
  if (Number.isNaN(date.getTime())) return iso;
  return formatter.format(date);
}
