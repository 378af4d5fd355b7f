// Disclosure: a button in a heading that says whether it is expanded and opens its panel.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Disclosure } from './Disclosure';

describe('Disclosure', () => {
  it('puts its trigger in a heading, collapsed by default', () => {
    render(
      <Disclosure title="History" headingLevel={2}>
        <p>Version 1</p>
      </Disclosure>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'History' });
    const trigger = screen.getByRole('button', { name: 'History' });
    expect(heading.contains(trigger)).toBe(true);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    // The closed panel stays in the page (find-in-page can open it) but hidden from everyone.
    expect(screen.getByText('Version 1').closest('[hidden]')).not.toBeNull();
  });

  it('opens and closes with Enter, its panel controlled by the trigger', async () => {
    render(
      <Disclosure title="History">
        <p>Version 1</p>
      </Disclosure>,
    );
    const trigger = screen.getByRole('button', { name: 'History' });
    await userEvent.tab();
    expect(document.activeElement).toBe(trigger);
    await userEvent.keyboard('{Enter}');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(trigger.getAttribute('aria-controls') ?? '');
    expect(panel?.textContent).toBe('Version 1');
    expect(screen.getByText('Version 1').closest('[hidden]')).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });
});
