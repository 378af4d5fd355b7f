// Section heading with an explicit level, so the document outline is chosen by the page, not by styling.
import { type ReactNode } from 'react';
import { Heading as AriaHeading } from 'react-aria-components';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps {
  level: HeadingLevel;
  children: ReactNode;
  id?: string;
}

export function Heading({ level, children, id }: HeadingProps) {
  return (
    <AriaHeading level={level} id={id} className={`lcd-heading lcd-heading--${level}`}>
      {children}
    </AriaHeading>
  );
}
