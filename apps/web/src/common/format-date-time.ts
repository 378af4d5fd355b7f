// Formats the API's ISO date-times for people, in the interface language and the visitor's time zone.
export type DateTimeStyle = 'short' | 'long';

export function formatDateTime(iso: string, language: string, style: DateTimeStyle = 'short'): string {
  const date = new Date(iso);
  // An unparsable value is shown as received rather than as "Invalid Date".
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: style === 'long' ? 'full' : 'medium',
    timeStyle: 'medium',
  }).format(date);
}
