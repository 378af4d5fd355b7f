// Language switcher as a labelled radio group operable by keyboard.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitcher, type LanguageOption } from './LanguageSwitcher';

type Lang = 'fr' | 'en';

const options: LanguageOption<Lang>[] = [
  { value: 'fr', label: 'Français', lang: 'fr' },
  { value: 'en', label: 'English', lang: 'en' },
];

/** Holds the value like an app would, so selection changes are visible in the DOM. */
function Harness({ onChange }: { onChange: (value: Lang) => void }) {
  const [value, setValue] = useState<Lang>('fr');
  return (
    <LanguageSwitcher
      label="Langue"
      options={options}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('LanguageSwitcher', () => {
  it('is a group labelled by its label with the current value checked', () => {
    render(<Harness onChange={vi.fn()} />);
    expect(screen.getByRole('radiogroup', { name: 'Langue' })).toBeTruthy();
    expect(radio('Français').checked).toBe(true);
    expect(radio('English').checked).toBe(false);
  });

  it('marks each option with its own language', () => {
    render(<Harness onChange={vi.fn()} />);
    expect(screen.getByText('Français').getAttribute('lang')).toBe('fr');
    expect(screen.getByText('English').getAttribute('lang')).toBe('en');
  });

  it('changes the selection with the keyboard: Tab then arrow keys', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(radio('Français'));
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith('en');
    expect(radio('English').checked).toBe(true);
    await userEvent.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith('fr');
    expect(radio('Français').checked).toBe(true);
  });

  it('changes the selection when an option is clicked', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByText('English'));
    expect(onChange).toHaveBeenCalledWith('en');
    expect(radio('English').checked).toBe(true);
  });
});
