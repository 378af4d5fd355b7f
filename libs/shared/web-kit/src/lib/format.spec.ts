// Date, date-time and number formatting in the interface language.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

const iso = '2025-03-14T09:26:53.000Z';
const intl = (language: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(language, options).format(new Date(iso));

describe('formatDate', () => {
  it('formats the date only, in the given language', () => {
    expect(formatDate(iso, 'fr')).toBe(intl('fr', { dateStyle: 'medium' }));
    expect(formatDate(iso, 'fr')).toContain('2025');
    expect(formatDate(iso, 'fr')).not.toBe(formatDate(iso, 'en'));
    expect(formatDate(iso, 'en', 'long')).toBe(intl('en', { dateStyle: 'long' }));
  });

  it('spells the weekday out in the full style', () => {
    expect(formatDate(iso, 'en', 'full')).toContain(intl('en', { weekday: 'long' }));
  });

  it('returns an unparsable value unchanged', () => {
    expect(formatDate('not a date', 'fr')).toBe('not a date');
  });
});

describe('formatDateTime', () => {
  it('adds the time of day, to the minute unless asked for seconds', () => {
    expect(formatDateTime(iso, 'fr')).toBe(intl('fr', { dateStyle: 'medium', timeStyle: 'short' }));
    expect(formatDateTime(iso, 'en', { dateStyle: 'full', timeStyle: 'medium' })).toBe(
      intl('en', { dateStyle: 'full', timeStyle: 'medium' }),
    );
  });

  it('returns an unparsable value unchanged', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('formatNumber', () => {
  it('groups digits and marks decimals as the language does', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    // French groups with a narrow no-break space and uses a decimal comma.
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
  });

  it('passes Intl options through, e.g. for percentages', () => {
    expect(formatNumber(0.42, 'en', { style: 'percent' })).toBe('42%');
  });
});
