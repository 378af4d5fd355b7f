// Radio group: named by its label, one tab stop, arrow keys move the selection, errors are announced.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type ChoiceOption, RadioGroupField } from './RadioGroupField';

type Answer = 'yes' | 'no' | 'abstain';
const options: ChoiceOption<Answer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No', description: 'Against the proposal' },
  { value: 'abstain', label: 'Abstain' },
];

function Harness({ onChange, errorMessage }: { onChange: (value: Answer) => void; errorMessage?: string }) {
  const [value, setValue] = useState<Answer | null>(null);
  return (
    <RadioGroupField
      label="Your vote"
      options={options}
      value={value}
      {...(errorMessage ? { errorMessage } : {})}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const radio = (name: string | RegExp) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('RadioGroupField', () => {
  it('is a radio group named by its label, with nothing chosen yet', () => {
    render(<Harness onChange={vi.fn()} />);
    expect(screen.getByRole('radiogroup', { name: 'Your vote' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((input) => input.checked)).toBe(false);
  });

  it('moves the selection with the arrow keys and reports the narrow value', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(radio('Yes'));
    await userEvent.keyboard('{ArrowDown}');
    expect(radio(/^No/).checked).toBe(true);
    expect(onChange).toHaveBeenLastCalledWith('no');
    await userEvent.keyboard('{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith('abstain');
  });

  it('selects an option when its label is clicked', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByText('Abstain'));
    expect(radio('Abstain').checked).toBe(true);
  });

  it('shows its error message and marks the group invalid', () => {
    render(<Harness onChange={vi.fn()} errorMessage="Choose an answer." />);
    const group = screen.getByRole('radiogroup', { name: 'Your vote' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (group.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Choose an answer.');
  });
});
