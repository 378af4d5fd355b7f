// Labelled text input. The description and the error message are linked to the input through
// aria-describedby, and an error sets aria-invalid, so assistive technology reads them with the field.
// On a page the server drew, a visitor may type before the app has started: the field then hands what
// was typed to its owner as it starts, rather than letting the next render put the empty value back.
import { type RefObject, useLayoutEffect, useRef } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<
  AriaTextFieldProps,
  'children' | 'className' | 'style' | 'isInvalid' | 'validate'
> {
  label: string;
  /** Help text shown under the label. */
  description?: string;
  /** When set, the field is invalid and this message is shown and announced. */
  errorMessage?: string;
}

/**
 * React adopts a drawn input as it finds it, typed text included, but keeps its own value in state: on
 * the first commit, a text in the input that the state lacks was typed before the app started.
 */
function useTextTypedBeforeStart(
  input: RefObject<HTMLInputElement | null>,
  { value, onChange }: Pick<TextFieldProps, 'value' | 'onChange'>,
): void {
  useLayoutEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed !== '' && typed !== (value ?? '')) onChange?.(typed);
    // Only what was there when the app started counts; later typing goes through onChange as usual.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

export function TextField({ label, description, errorMessage, ...props }: TextFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  useTextTypedBeforeStart(input, props);
  return (
    <AriaTextField {...props} isInvalid={errorMessage !== undefined} className="lcd-field">
      <Label className="lcd-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="lcd-field__description">
          {description}
        </Text>
      ) : null}
      <Input ref={input} className="lcd-field__input" />
      <FieldError className="lcd-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
