// What a list or page shows when it has nothing yet ("No proposal is open"): a short title, a line that
// says why or what to do, and an optional action, instead of an empty table.
import { type ReactNode } from 'react';
import { Heading, type HeadingLevel } from './Heading';

export interface EmptyStateProps {
  title: ReactNode;
  headingLevel?: HeadingLevel;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, headingLevel = 2, children, action }: EmptyStateProps) {
  return (
    <div className="lcd-empty">
      <svg viewBox="0 0 48 48" className="lcd-empty__icon" aria-hidden="true" focusable="false">
        <rect x="8" y="12" width="32" height="26" rx="3" />
        <path d="M8 22h10l2 4h8l2-4h10" />
      </svg>
      <Heading level={headingLevel}>{title}</Heading>
      {children ? <div className="lcd-empty__body">{children}</div> : null}
      {action ? <div className="lcd-empty__action">{action}</div> : null}
    </div>
  );
}
