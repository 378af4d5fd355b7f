// Button presses by mouse and keyboard, and variants.
import { render, screen } from '@testing-library/react';
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
});
