// After a failed submit, moves focus to the first invalid field, or else to the error summary: keyboard
// and screen reader users land on what needs fixing instead of staying on the submit button.
import { type RefObject, useEffect, useRef, useState } from 'react';
import { type FormErrors } from './api-errors';

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
