// The error summary above a form: a focusable alert (focus moves here when the problem belongs to no
// field) for what the API refused as a whole, e.g. wrong credentials or too many attempts.
import { Alert } from '@lovecando/shared-ui';
import { type RefObject } from 'react';

export interface FormErrorSummaryProps {
  message: string | undefined;
  ref: RefObject<HTMLDivElement | null>;
}

export function FormErrorSummary({ message, ref }: FormErrorSummaryProps) {
  return (
    <div ref={ref} tabIndex={-1} className="lcd-focus-target">
      {message ? <Alert tone="error" title={message} /> : null}
    </div>
  );
}
