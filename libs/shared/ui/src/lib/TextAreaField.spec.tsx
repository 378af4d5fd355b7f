// Text area: a labelled multi-line textbox with description and error wiring.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TextAreaField } from './TextAreaField';

const describedByText = (element: HTMLElement): string[] =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '');

describe('TextAreaField', () => {
  it('is a multi-line textbox named by its label and described by its hint', () => {
    render(<TextAreaField label="Comment" description="Be kind." />);
    const area = screen.getByRole('textbox', { name: 'Comment' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('rows')).toBe('4');
    expect(describedByText(area)).toEqual(['Be kind.']);
  });

  it('shows its error, sets aria-invalid and describes the area with it', () => {
    render(<TextAreaField label="Comment" errorMessage="Write something." />);
    const area = screen.getByRole('textbox', { name: 'Comment' });
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(describedByText(area)).toContain('Write something.');
  });

  it('keeps line breaks in what it reports', async () => {
    const onChange = vi.fn();
    render(<TextAreaField label="Comment" onChange={onChange} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Comment' }), 'One{Enter}Two');
    expect(onChange).toHaveBeenLastCalledWith('One\nTwo');
  });
});
