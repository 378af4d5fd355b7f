// Formats the API's ISO date-times for people, in the interface language and the visitor's time zone.
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  // An unparsable value is shown as received rather than as "Invalid Date".
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}
