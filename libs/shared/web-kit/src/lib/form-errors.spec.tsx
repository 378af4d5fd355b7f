// Form error wiring: what counts as an error, where focus goes after a failed submit, and the summary.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FormErrorSummary } from './FormErrorSummary';
import { type FormErrors, hasErrors, useFormErrors } from './form-errors';

type Field = 'name';

/** A one-field form: an empty name is a field error, "taken" is refused as a whole (the summary). */
function Form() {
  const { errors, setErrors, formRef, summaryRef } = useFormErrors<Field>();
  const [name, setName] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: FormErrors<Field> = { fields: {} };
    if (!name) next.fields.name = 'Enter a name.';
    else if (name === 'taken') next.summary = 'That name is taken.';
    setErrors(hasErrors(next) ? next : undefined);
  };
  const invalid = errors?.fields.name !== undefined;
  return (
    <>
      <FormErrorSummary message={errors?.summary} ref={summaryRef} />
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <label htmlFor="name">Name</label>
        <input id="name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={invalid} />
        <button type="submit">Save</button>
      </form>
    </>
  );
}

describe('hasErrors', () => {
  it('is true with a field message or a summary, false otherwise', () => {
    expect(hasErrors({ fields: {} })).toBe(false);
    expect(hasErrors({ fields: { name: undefined } })).toBe(false);
    expect(hasErrors({ fields: { name: 'x' } })).toBe(true);
    expect(hasErrors({ fields: {}, summary: 'x' })).toBe(true);
  });
});

describe('useFormErrors with FormErrorSummary', () => {
  it('moves focus to the first invalid field after a failed submit', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('moves focus to the summary, an alert, when the problem belongs to no field', async () => {
    render(<Form />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'taken');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('That name is taken.');
    expect(document.activeElement?.contains(alert)).toBe(true);
  });

  it('moves focus again on a second failure with the same message', async () => {
    render(<Form />);
    const save = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    save.focus();
    await userEvent.click(save);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
  });
});
