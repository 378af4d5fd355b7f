// Label, description and error wiring of the select field, and the typed value it reports.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectField, type SelectOption } from './SelectField';

const options: SelectOption<'fr' | 'en'>[] = [
  { value: 'fr', label: 'Français', lang: 'fr' },
  { value: 'en', label: 'English', lang: 'en' },
];

describe('SelectField', () => {
  it('labels the select, links description and error, and marks it invalid', () => {
    render(
      <SelectField
        label="Language"
        description="For emails."
        errorMessage="Choose a language."
        options={options}
        value="fr"
        onChange={vi.fn()}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const described = (select.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['For emails.', 'Choose a language.']);
    expect(screen.getByRole('option', { name: 'English' }).getAttribute('lang')).toBe('en');
  });

  it('reports the chosen option', async () => {
    const onChange = vi.fn();
    render(<SelectField label="Language" options={options} value="fr" onChange={onChange} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'en');
    expect(onChange).toHaveBeenCalledWith('en');
  });

  it('can keep its label for assistive technology only', () => {
    render(<SelectField label="Role of Ada" hideLabel options={options} value="fr" onChange={vi.fn()} />);
    expect(screen.getByText('Role of Ada').className).toBe('lcd-visually-hidden');
    expect(screen.getByRole('combobox', { name: 'Role of Ada' })).toBeTruthy();
  });
});
