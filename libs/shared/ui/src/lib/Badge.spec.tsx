// Badge and status pill: the text carries the meaning, the tone only styles it.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Badge, type BadgeTone, StatusPill } from './Badge';

describe('Badge', () => {
  it('is neutral by default and shows its text', () => {
    render(<Badge>3 new</Badge>);
    expect(screen.getByText('3 new').className).toBe('lcd-badge lcd-badge--neutral');
  });
});

describe('StatusPill', () => {
  it.each<BadgeTone>(['neutral', 'info', 'success', 'warning', 'danger'])(
    'has the %s tone with a decorative mark and its text as its only readable content',
    (tone) => {
      render(<StatusPill tone={tone}>Open</StatusPill>);
      const pill = screen.getByText('Open');
      expect(pill.className).toContain(`lcd-badge--${tone}`);
      expect(pill.textContent).toBe('Open');
      expect(pill.querySelector(`.lcd-badge__mark--${tone}`)?.getAttribute('aria-hidden')).toBe('true');
    },
  );
});
