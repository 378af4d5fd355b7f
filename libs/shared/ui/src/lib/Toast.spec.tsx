// Toasts: a polite status region present from the start, messages added to it and dismissed by button.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ToastProvider, useToast } from './Toast';

function Trigger() {
  const { show } = useToast();
  let count = 0;
  return (
    <button type="button" onClick={() => show(`Saved ${++count}`, 'success')}>
      Save
    </button>
  );
}

const renderToasts = () =>
  render(
    <ToastProvider dismissLabel="Dismiss" regionLabel="Notifications">
      <Trigger />
    </ToastProvider>,
  );

describe('ToastProvider and useToast', () => {
  it('renders an empty polite status region before any message', () => {
    renderToasts();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.children).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Notifications' }).contains(status)).toBe(true);
  });

  it('adds a message to the live region and removes it with its dismiss button', async () => {
    renderToasts();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const status = screen.getByRole('status');
    expect(within(status).getByText('Saved 1')).toBeTruthy();
    await userEvent.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(within(status).queryByText('Saved 1')).toBeNull();
  });

  it('keeps the three latest messages', async () => {
    renderToasts();
    const save = screen.getByRole('button', { name: 'Save' });
    for (let i = 0; i < 4; i++) await userEvent.click(save);
    expect(within(screen.getByRole('status')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByText('Saved 1')).toBeNull();
    expect(screen.getByText('Saved 4')).toBeTruthy();
  });

  it('refuses to work outside a provider', () => {
    expect(() => render(<Trigger />)).toThrow(/ToastProvider/);
  });
});
