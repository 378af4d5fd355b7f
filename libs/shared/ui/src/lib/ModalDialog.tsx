// Modal dialog on react-aria: focus moves into the dialog and stays there until it closes, Escape closes
// it, focus then returns to the control that opened it, and the page behind is hidden from screen readers.
import { type ReactNode } from 'react';
import { Dialog, Heading as AriaHeading, Modal, ModalOverlay } from 'react-aria-components';

export interface ModalDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Heading of the dialog, which also names it. */
  title: ReactNode;
  children: ReactNode;
  /** "alertdialog" for a confirmation that interrupts the user (e.g. before a destructive action). */
  role?: 'dialog' | 'alertdialog';
}

export function ModalDialog({ isOpen, onOpenChange, title, children, role = 'dialog' }: ModalDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable className="lcd-modal-overlay">
      <Modal className="lcd-modal">
        <Dialog role={role} className="lcd-dialog">
          <AriaHeading slot="title" level={2} className="lcd-heading lcd-heading--2 lcd-dialog__title">
            {title}
          </AriaHeading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
