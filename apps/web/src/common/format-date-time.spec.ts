// Date-time formatting in the interface language.
import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  const iso = '2025-03-14T09:26:53.000Z';

  it('formats in the given language', () => {
    const expectedFr = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
    expect(formatDateTime(iso, 'fr')).toBe(expectedFr);
    expect(formatDateTime(iso, 'fr')).toContain('2025');
    expect(formatDateTime(iso, 'fr')).not.toBe(formatDateTime(iso, 'en'));
  });

  it('spells the weekday out in the long style', () => {
    const weekday = new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(iso));
    expect(formatDateTime(iso, 'en', 'long')).toContain(weekday);
  });

  it('returns an unparsable value unchanged', () => {
    expect(formatDateTime('not a date', 'fr')).toBe('not a date');
  });
});
