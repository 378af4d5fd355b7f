// A single yes/no choice ("I accept the terms") or one box of a CheckboxGroupField, on react-aria: the
// native checkbox stays in the page for assistive technology and Space toggles it; the drawn box and
// tick are decoration.
import { type ReactNode } from 'react';
import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from 'react-aria-components';

export interface CheckboxProps extends Omit<AriaCheckboxProps, 'children' | 'className' | 'style'> {
  children: ReactNode;
  /** A line of help under the label. */
  description?: string;
}

export function Checkbox({ children, description, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className="lcd-choice lcd-choice--checkbox">
      <span className="lcd-choice__mark" aria-hidden="true">
        <svg viewBox="0 0 16 16" className="lcd-choice__tick" focusable="false">
          <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" />
        </svg>
      </span>
      <span className="lcd-choice__text">
        <span className="lcd-choice__label">{children}</span>
        {description ? <span className="lcd-choice__description">{description}</span> : null}
      </span>
    </AriaCheckbox>
  );
}
