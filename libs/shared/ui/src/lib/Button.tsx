// Action button. react-aria's Button gives uniform press handling (mouse, touch, keyboard) and a
// focus-visible state the stylesheet uses for the focus ring.
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'style'> {
  variant?: ButtonVariant;
}

export function Button({ variant = 'primary', ...props }: ButtonProps) {
  return <AriaButton {...props} className={`lcd-button lcd-button--${variant}`} />;
}
