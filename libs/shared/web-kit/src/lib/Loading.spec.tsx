// The loading state: a polite status message, generic unless the page names what it waits for.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render-with-kit';
import { Loading } from './Loading';

describe('Loading', () => {
  it('is a status message in the interface language', () => {
    renderWithKit(<Loading />, 'fr');
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
  });

  it('says what it waits for when told', () => {
    renderWithKit(<Loading label="Loading the terms…" />, 'en');
    expect(screen.getByRole('status').textContent).toBe('Loading the terms…');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
