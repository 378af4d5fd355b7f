// Several choices among a few options (topics to follow, data categories to share): a labelled group of
// checkboxes on react-aria, each reached by Tab and toggled by Space, with the group's description and
// error message read with it.
import {
  CheckboxGroup,
  FieldError,
  Label,
  Text,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
} from 'react-aria-components';
import { Checkbox } from './Checkbox';
import { type ChoiceOption } from './RadioGroupField';

export interface CheckboxGroupFieldProps<Value extends string> extends Pick<
  AriaCheckboxGroupProps,
  'name' | 'isDisabled' | 'isRequired'
> {
  label: string;
  options: readonly ChoiceOption<Value>[];
  value: readonly Value[];
  onChange: (value: Value[]) => void;
  description?: string;
  /** When set, the group is invalid and this message is shown and announced. */
  errorMessage?: string;
}

export function CheckboxGroupField<Value extends string>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  ...props
}: CheckboxGroupFieldProps<Value>) {
  const select = (next: string[]) =>
    // Keep the options' order and narrow type whatever order the boxes were ticked in.
    onChange(options.filter((option) => next.includes(option.value)).map((option) => option.value));
  return (
    <CheckboxGroup
      {...props}
      value={[...value]}
      onChange={select}
      isInvalid={errorMessage !== undefined}
      className="lcd-field lcd-choices lcd-choices--vertical"
    >
      <Label className="lcd-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="lcd-field__description">
          {description}
        </Text>
      ) : null}
      <div className="lcd-choices__options">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            value={option.value}
            isDisabled={option.isDisabled}
            {...(option.description ? { description: option.description } : {})}
          >
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className="lcd-field__error">{errorMessage}</FieldError>
    </CheckboxGroup>
  );
}
