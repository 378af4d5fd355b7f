// Labelled choice among a few options, as a native <select>: it is the control every browser, screen
// reader and phone already knows (a phone opens its own picker), and keyboard use needs no extra code.
// Like TextField, the description and the error message are linked through aria-describedby.
import { useId } from 'react';

export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
  /** BCP 47 tag when the label is in another language than the page (e.g. an endonym). */
  lang?: string;
}

export interface SelectFieldProps<Value extends string> {
  label: string;
  options: readonly SelectOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  /** Help text shown under the label. */
  description?: string;
  /** When set, the field is invalid and this message is shown and announced. */
  errorMessage?: string;
  /** Keeps the label for assistive technology only, e.g. in a table row whose header names the item. */
  hideLabel?: boolean;
  isDisabled?: boolean;
  name?: string;
}

export function SelectField<Value extends string>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  hideLabel = false,
  isDisabled = false,
  name,
}: SelectFieldProps<Value>) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', errorMessage ? errorId : '']
    .filter(Boolean)
    .join(' ');
  const select = (next: string) => {
    // The DOM hands back a plain string: map it to the option so the caller keeps its narrow type.
    const option = options.find((candidate) => candidate.value === next);
    if (option) onChange(option.value);
  };

  return (
    <div className={`lcd-field${hideLabel ? ' lcd-field--compact' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'lcd-visually-hidden' : 'lcd-field__label'}>
        {label}
      </label>
      {description ? (
        <span id={descriptionId} className="lcd-field__description">
          {description}
        </span>
      ) : null}
      <select
        id={id}
        name={name}
        className="lcd-field__input lcd-field__select"
        value={value}
        disabled={isDisabled}
        aria-invalid={errorMessage !== undefined ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-invalid={errorMessage !== undefined ? true : undefined}
        onChange={(event) => select(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {errorMessage ? (
        <span id={errorId} className="lcd-field__error">
          {errorMessage}
        </span>
      ) : null}
    </div>
  );
}
