// Checkbox group and checkbox: named group, Space toggles, values keep the options' order.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from './Checkbox';
import { CheckboxGroupField } from './CheckboxGroupField';
import { type ChoiceOption } from './RadioGroupField';

type Topic = 'votes' | 'debates' | 'terms';
const options: ChoiceOption<Topic>[] = [
  { value: 'votes', label: 'Votes' },
  { value: 'debates', label: 'Debates' },
  { value: 'terms', label: 'Terms of use' },
];

function Harness({ onChange }: { onChange: (value: Topic[]) => void }) {
  const [value, setValue] = useState<Topic[]>([]);
  return (
    <CheckboxGroupField
      label="Follow"
      options={options}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });

describe('CheckboxGroupField', () => {
  it('is a group named by its label with one checkbox per option', () => {
    render(<Harness onChange={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'Follow' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
  });

  it('toggles with Space and reports the ticked values in the options order', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByText('Terms of use'));
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(box('Votes'));
    await userEvent.keyboard(' ');
    expect(box('Votes').checked).toBe(true);
    expect(onChange).toHaveBeenLastCalledWith(['votes', 'terms']);
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['terms']);
  });
});

describe('Checkbox', () => {
  it('is a checkbox named by its label and toggled by Space', async () => {
    const onChange = vi.fn();
    render(<Checkbox onChange={onChange}>I accept</Checkbox>);
    await userEvent.tab();
    expect(document.activeElement).toBe(box('I accept'));
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(true);
    expect(box('I accept').checked).toBe(true);
  });
});
