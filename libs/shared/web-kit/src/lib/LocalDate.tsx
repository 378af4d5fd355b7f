// A date in the visitor's time zone, also on pages the server draws first: the server does not know the
// zone, so it writes the UTC date, the browser's hydration writes the same, and the next render moves to
// the visitor's zone (one day apart at most, and only near midnight UTC).
import { type DateStyle, formatDate } from './format';
import { useIsHydrating } from '@lovecando/shared-ui';

export interface LocalDateProps {
  /** An ISO date-time from the API. */
  value: string;
  language: string;
  dateStyle?: DateStyle;
}

export function LocalDate({ value, language, dateStyle }: LocalDateProps) {
  const hydrating = useIsHydrating();
  return (
    <time dateTime={value}>{formatDate(value, language, dateStyle, hydrating ? 'UTC' : undefined)}</time>
  );
}
