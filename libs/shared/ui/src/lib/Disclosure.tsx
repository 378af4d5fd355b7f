// A section that opens and closes (an article's history, the details of a result) on react-aria: the
// trigger is a button inside a heading, so it shows in the page outline, says whether it is expanded, and
// controls the panel it opens.
import { type ReactNode } from 'react';
import {
  Button,
  Disclosure as AriaDisclosure,
  DisclosurePanel,
  Heading as AriaHeading,
} from 'react-aria-components';
import { type HeadingLevel } from './Heading';

export interface DisclosureProps {
  title: ReactNode;
  children: ReactNode;
  /** Level of the heading that holds the trigger, chosen by the page's outline. */
  headingLevel?: HeadingLevel;
  defaultExpanded?: boolean;
  isExpanded?: boolean;
  onExpandedChange?: (isExpanded: boolean) => void;
}

export function Disclosure({
  title,
  children,
  headingLevel = 3,
  defaultExpanded,
  isExpanded,
  onExpandedChange,
}: DisclosureProps) {
  return (
    <AriaDisclosure
      className="lcd-disclosure"
      {...(defaultExpanded !== undefined ? { defaultExpanded } : {})}
      {...(isExpanded !== undefined ? { isExpanded } : {})}
      {...(onExpandedChange ? { onExpandedChange } : {})}
    >
      <AriaHeading level={headingLevel} className="lcd-disclosure__heading">
        <Button slot="trigger" className="lcd-disclosure__trigger">
          <svg viewBox="0 0 16 16" className="lcd-disclosure__chevron" aria-hidden="true" focusable="false">
            <polyline points="5 3 10 8 5 13" />
          </svg>
          {title}
        </Button>
      </AriaHeading>
      <DisclosurePanel className="lcd-disclosure__panel">{children}</DisclosurePanel>
    </AriaDisclosure>
  );
}
