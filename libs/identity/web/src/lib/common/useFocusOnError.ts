// After a failed submit, moves focus to the first invalid field, or else to the error summary: keyboard
// and screen reader users land on what needs fixing instead of staying on the submit button.
import { type RefObject, useEffect } from 'react';

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
