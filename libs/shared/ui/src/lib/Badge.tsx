// A short label on an item: a count, a category, or the item's status. The word carries the meaning and
// colour only echoes it; a status pill adds a shape per tone, for readers who do not tell colours apart.
import { type ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
}

export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={`lcd-badge lcd-badge--${tone}`}>{children}</span>;
}

/** The status of an item (open, closed, suspended…), with a mark whose shape differs per tone. */
export function StatusPill({ tone = 'neutral', children }: BadgeProps) {
  return (
    <span className={`lcd-badge lcd-badge--pill lcd-badge--${tone}`}>
      <span className={`lcd-badge__mark lcd-badge__mark--${tone}`} aria-hidden="true" />
      {children}
    </span>
  );
}
