// Empty state: a heading, an explanation and an action, with the picture hidden from screen readers.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmptyState } from './EmptyState';

describe('EmptyState', () => {
  it('says what is missing with a heading, a line and an action', () => {
    const { container } = render(
      <EmptyState title="No proposal yet" action={<button type="button">Propose</button>}>
        <p>Proposals appear here once submitted.</p>
      </EmptyState>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'No proposal yet' })).toBeTruthy();
    expect(screen.getByText('Proposals appear here once submitted.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Propose' })).toBeTruthy();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
