// Alert roles by tone and content.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Alert, type AlertTone } from './Alert';

describe('Alert', () => {
  it('uses role=alert for errors so they are announced at once', () => {
    render(<Alert tone="error" title="Failed" />);
    expect(screen.getByRole('alert').textContent).toBe('Failed');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each<AlertTone>(['info', 'success', 'warning'])('uses role=status for the %s tone', (tone) => {
    render(<Alert tone={tone} title="Note" />);
    expect(screen.getByRole('status').className).toContain(`lcd-alert--${tone}`);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders its title, body and action', () => {
    render(
      <Alert title="Title" action={<button type="button">Retry</button>}>
        <p>Body</p>
      </Alert>,
    );
    const alert = screen.getByRole('status');
    expect(alert.textContent).toBe('TitleBodyRetry');
  });
});
