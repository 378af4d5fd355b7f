// Message box for loading, success, warning and error states. Only errors interrupt a screen reader
// (role=alert); the other tones are polite status messages (role=status).
import { type ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  /** Short summary in bold; the tone is never conveyed by colour alone. */
  title?: ReactNode;
  children?: ReactNode;
  /** Optional action, e.g. a retry button. */
  action?: ReactNode;
}

export function Alert({ tone = 'info', title, children, action }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`lcd-alert lcd-alert--${tone}`}>
      {title ? <p className="lcd-alert__title">{title}</p> : null}
      {children ? <div className="lcd-alert__body">{children}</div> : null}
      {action ? <div className="lcd-alert__action">{action}</div> : null}
    </div>
  );
}
