// A form's error state: one message per field at fault and a summary for what belongs to no field, with
// focus moved after a failed submit to the first invalid field, or else to the summary, so keyboard and
// screen reader users land on what needs fixing instead of staying on the submit button.
import { type RefObject, useEffect, useRef, useState } from 'react';

/** Messages of a form: one per field at fault, and a summary for what belongs to no field. */
export interface FormErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  summary?: string;
}

/** What a form hands one of its fields: the value, its setter and the field's error message. */
export interface FieldBinding<Value> {
  value: Value;
  onChange: (value: Value) => void;
  errorMessage: string | undefined;
}

/** True when the form has something to show. */
export const hasErrors = <Field extends string>(errors: FormErrors<Field>): boolean =>
  errors.summary !== undefined || Object.values(errors.fields).some((message) => message !== undefined);

/**
 * `errors` must be a new object after each failed submit (even with the same messages), so that a second
 * failure moves focus again.
 */
export function useFocusOnError(
  formRef: RefObject<HTMLElement | null>,
  summaryRef: RefObject<HTMLElement | null>,
  errors: object | undefined,
): void {
  useEffect(() => {
    if (!errors) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? summaryRef.current)?.focus();
  }, [errors, formRef, summaryRef]);
}

/**
 * A form's error state with focus handled: the errors to show, their setter, and the refs to put on the
 * `<form>` and on its error summary.
 */
export function useFormErrors<Field extends string>() {
  const [errors, setErrors] = useState<FormErrors<Field>>();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useFocusOnError(formRef, summaryRef, errors);
  return { errors, setErrors, formRef, summaryRef };
}
