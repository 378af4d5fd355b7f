// Web addresses in email text become links; nothing else does.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Linkified, splitLinks } from './linkify';

describe('splitLinks', () => {
  it('finds http and https addresses and leaves the rest as text', () => {
    expect(splitLinks('Confirm: https://lovecando.example/verify-email?token=abc\nThanks.')).toEqual([
      { kind: 'text', text: 'Confirm: ' },
      { kind: 'link', href: 'https://lovecando.example/verify-email?token=abc' },
      { kind: 'text', text: '\nThanks.' },
    ]);
  });

  it('keeps the full stop after an address out of the link', () => {
    expect(splitLinks('See http://localhost:3000/sign-in.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', href: 'http://localhost:3000/sign-in' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links other schemes', () => {
    expect(splitLinks('javascript:alert(1) data:text/html,<b>x</b>')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) data:text/html,<b>x</b>' },
    ]);
  });
});

describe('Linkified', () => {
  it('renders markup in the text as text, not as HTML', () => {
    const { container } = render(
      <p>
        <Linkified text={'<img src=x onerror=alert(1)> https://example.org/a'} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'https://example.org/a' }).getAttribute('href')).toBe(
      'https://example.org/a',
    );
  });
});
