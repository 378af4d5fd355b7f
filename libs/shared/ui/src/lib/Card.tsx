// A framed block that groups one item's content (a proposal in a list, a figure on a dashboard). It adds
// no landmark: the heading, at the level the page's outline needs, is what names and finds it.
import { type ReactNode } from 'react';
import { Heading, type HeadingLevel } from './Heading';

export interface CardProps {
  title?: ReactNode;
  headingLevel?: HeadingLevel;
  children: ReactNode;
  /** Actions or meta data at the bottom of the card. */
  footer?: ReactNode;
  /** `article` for a self-contained item (a proposal in a list), a plain block otherwise. */
  as?: 'div' | 'article';
}

export function Card({ title, headingLevel = 3, children, footer, as: Element = 'div' }: CardProps) {
  return (
    <Element className="lcd-card">
      {title ? (
        <div className="lcd-card__title">
          <Heading level={headingLevel}>{title}</Heading>
        </div>
      ) : null}
      <div className="lcd-card__body">{children}</div>
      {footer ? <div className="lcd-card__footer">{footer}</div> : null}
    </Element>
  );
}
