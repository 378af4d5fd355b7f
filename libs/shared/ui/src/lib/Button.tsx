// Action button. react-aria's Button gives uniform press handling (mouse, touch, keyboard) and a
// focus-visible state the stylesheet uses for the focus ring. A submit button is disabled until the app
// runs: on a page the server drew, a form sent before the app could handle it would go to the server as
// a plain GET, with what the visitor typed (a password too) in the address; with its default button
// disabled, neither a press nor Enter sends it.
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { useIsHydrating } from './useIsHydrating';

export type ButtonVariant = 'primary' | 'secondary';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'style'> {
  variant?: ButtonVariant;
}

export function Button({ variant = 'primary', isDisabled, ...props }: ButtonProps) {
  const hydrating = useIsHydrating();
  return (
    <AriaButton
      {...props}
      isDisabled={isDisabled || (hydrating && props.type === 'submit')}
      className={`lcd-button lcd-button--${variant}`}
    />
  );
}
