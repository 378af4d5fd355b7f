// One choice among a few options that all stay in view (a ballot's options, a yes/no answer): a labelled
// radio group on react-aria. Tab reaches the group once, arrow keys move the selection, and the
// description and error message are read with the group.
import {
  FieldError,
  Label,
  Radio,
  RadioGroup,
  Text,
  type RadioGroupProps as AriaRadioGroupProps,
} from 'react-aria-components';

export interface ChoiceOption<Value extends string> {
  value: Value;
  label: string;
  /** A line of help under the option's label. */
  description?: string;
  isDisabled?: boolean;
}

export interface RadioGroupFieldProps<Value extends string> extends Pick<
  AriaRadioGroupProps,
  'name' | 'isDisabled' | 'isRequired' | 'orientation'
> {
  label: string;
  options: readonly ChoiceOption<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  description?: string;
  /** When set, the group is invalid and this message is shown and announced. */
  errorMessage?: string;
}

export function RadioGroupField<Value extends string>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  orientation = 'vertical',
  ...props
}: RadioGroupFieldProps<Value>) {
  const select = (next: string) => {
    // react-aria hands back a plain string: map it to the option so the caller keeps its narrow type.
    const option = options.find((candidate) => candidate.value === next);
    if (option) onChange(option.value);
  };
  return (
    <RadioGroup
      {...props}
      orientation={orientation}
      value={value}
      onChange={select}
      isInvalid={errorMessage !== undefined}
      className={`lcd-field lcd-choices lcd-choices--${orientation}`}
    >
      <Label className="lcd-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="lcd-field__description">
          {description}
        </Text>
      ) : null}
      <div className="lcd-choices__options">
        {options.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            isDisabled={option.isDisabled}
            className="lcd-choice lcd-choice--radio"
          >
            <span className="lcd-choice__mark" aria-hidden="true" />
            <span className="lcd-choice__text">
              <span className="lcd-choice__label">{option.label}</span>
              {option.description ? (
                <span className="lcd-choice__description">{option.description}</span>
              ) : null}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError className="lcd-field__error">{errorMessage}</FieldError>
    </RadioGroup>
  );
}
