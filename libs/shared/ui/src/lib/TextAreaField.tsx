// Labelled multi-line text (a comment in a debate, the reason for a proposal). Wired like TextField: the
// description and the error message are linked through aria-describedby and an error sets aria-invalid.
import {
  FieldError,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextAreaFieldProps extends Omit<
  AriaTextFieldProps,
  'children' | 'className' | 'style' | 'isInvalid' | 'validate'
> {
  label: string;
  description?: string;
  /** When set, the field is invalid and this message is shown and announced. */
  errorMessage?: string;
  /** Visible height in lines; the text area grows no further but scrolls. */
  rows?: number;
}

export function TextAreaField({ label, description, errorMessage, rows = 4, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={errorMessage !== undefined} className="lcd-field">
      <Label className="lcd-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="lcd-field__description">
          {description}
        </Text>
      ) : null}
      <TextArea rows={rows} className="lcd-field__input lcd-field__textarea" />
      <FieldError className="lcd-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
