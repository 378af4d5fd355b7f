// Labelled text input. The description and the error message are linked to the input through
// aria-describedby, and an error sets aria-invalid, so assistive technology reads them with the field.
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

export function TextField({ label, description, errorMessage, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={errorMessage !== undefined} className="lcd-field">
      <Label className="lcd-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="lcd-field__description">
          {description}
        </Text>
      ) : null}
      <Input className="lcd-field__input" />
      <FieldError className="lcd-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
