// A date in the visitor's time zone, written in UTC while a drawn page is adopted (the server's choice).
import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDate } from './LocalDate';

// 01:30 UTC on 1 March is still 28 February in New York.
const EARLY_ON_1_MARCH_UTC = '2026-03-01T01:30:00.000Z';
const zone = process.env['TZ'];

describe('LocalDate', () => {
  afterEach(() => {
    process.env['TZ'] = zone;
  });

  it('writes the date in the visitor’s zone, with its machine-readable value', () => {
    process.env['TZ'] = 'America/New_York';
    render(<LocalDate value={EARLY_ON_1_MARCH_UTC} language="fr" dateStyle="long" />);
    const date = screen.getByText('28 février 2026');
    expect(date.tagName).toBe('TIME');
    expect(date.getAttribute('datetime')).toBe(EARLY_ON_1_MARCH_UTC);
  });

  it('writes UTC on the server, adopts that in the browser, then moves to the visitor’s zone', () => {
    process.env['TZ'] = 'UTC';
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      <LocalDate value={EARLY_ON_1_MARCH_UTC} language="en" dateStyle="long" />,
    );
    expect(container.textContent).toBe('March 1, 2026');
    process.env['TZ'] = 'America/New_York';
    const errors: unknown[] = [];
    act(() => {
      hydrateRoot(container, <LocalDate value={EARLY_ON_1_MARCH_UTC} language="en" dateStyle="long" />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    expect(errors).toEqual([]);
    expect(container.textContent).toBe('February 28, 2026');
  });
});
