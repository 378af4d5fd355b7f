// Button presses by mouse and keyboard, variants, and a drawn form's submit button until the app runs.
import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button';

describe('Button', () => {
  it('calls onPress when clicked', async () => {
    const onPress = vi.fn();
    render(<Button onPress={onPress}>Retry</Button>);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('calls onPress from the keyboard with Enter and Space', async () => {
    const onPress = vi.fn();
    render(<Button onPress={onPress}>Retry</Button>);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Retry' }));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onPress).toHaveBeenCalledTimes(2);
  });

  it('is primary by default and secondary on request', () => {
    render(
      <>
        <Button>One</Button>
        <Button variant="secondary">Two</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'One' }).className).toContain('lcd-button--primary');
    expect(screen.getByRole('button', { name: 'Two' }).className).toContain('lcd-button--secondary');
  });

  it('draws a submit button disabled on the server and enables it once the app has adopted the page', () => {
    const form = (
      <form>
        <Button type="submit">Sign in</Button>
        <Button>Show password</Button>
      </form>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(form);
    const [submit, other] = Array.from(container.querySelectorAll('button'));
    expect(submit?.disabled).toBe(true);
    expect(other?.disabled).toBe(false);
    act(() => {
      hydrateRoot(container, form);
    });
    expect(container.querySelector('button')).toBe(submit);
    expect(submit?.disabled).toBe(false);
  });

  it('keeps a submit button the page disables disabled after the app starts', () => {
    render(
      <Button type="submit" isDisabled>
        Sending…
      </Button>,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Sending…' }).disabled).toBe(true);
  });
});
