// Label, description and error wiring of the text field, and text typed into a drawn page before the app
// started.
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from './TextField';

/** Text of the elements an input's aria-describedby points to, in order. */
const describedByText = (input: HTMLElement): string[] =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '');

describe('TextField', () => {
  it('labels the input and links its description', () => {
    render(<TextField label="Email" description="We never share it." />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(describedByText(input)).toContain('We never share it.');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows its error message, sets aria-invalid and describes the input with the error', () => {
    render(
      <TextField label="Email" description="We never share it." errorMessage="Enter an email address." />,
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(screen.getByText('Enter an email address.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedByText(input)).toEqual(
      expect.arrayContaining(['We never share it.', 'Enter an email address.']),
    );
  });

  it('reports typed text through onChange', async () => {
    const onChange = vi.fn();
    render(<TextField label="Name" onChange={onChange} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
    expect(onChange).toHaveBeenLastCalledWith('Ada');
  });

  it('keeps text typed into the drawn page before the app started, and hands it to its owner', () => {
    function Form() {
      const [name, setName] = useState('');
      return (
        <>
          <TextField label="Name" value={name} onChange={setName} />
          <output>{name}</output>
        </>
      );
    }
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(<Form />);
    // The visitor types while the app's scripts are still on their way.
    (container.querySelector('input') as HTMLInputElement).value = 'Ada';
    act(() => {
      hydrateRoot(container, <Form />);
    });
    expect(container.querySelector('output')?.textContent).toBe('Ada');
    expect(container.querySelector('input')?.value).toBe('Ada');
    container.remove();
  });

  it('leaves an empty drawn field to its owner’s value', () => {
    const onChange = vi.fn();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<TextField label="Name" value="" onChange={onChange} />);
    act(() => {
      hydrateRoot(container, <TextField label="Name" value="" onChange={onChange} />);
    });
    expect(onChange).not.toHaveBeenCalled();
  });
});
