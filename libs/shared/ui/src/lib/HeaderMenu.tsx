// The header's compact menu for narrow screens: a button that opens a modal panel holding the header's
// navigation, account and language. react-aria moves focus into the panel, keeps it there, closes it on
// Escape or a press outside and returns focus to the button. Part of the app shell, not exported.
import { type ReactNode, useState } from 'react';
import {
  Button as AriaButton,
  Dialog,
  DialogTrigger,
  Heading as AriaHeading,
  Modal,
  ModalOverlay,
} from 'react-aria-components';

export interface HeaderMenuLabels {
  /** Visible text and name of the button that opens the menu, e.g. "Menu". */
  open: string;
  /** Heading that names the open panel. */
  title: string;
  /** Name of the button that closes the panel, e.g. "Close the menu". */
  close: string;
}

export interface HeaderMenuProps {
  labels: HeaderMenuLabels;
  /** Changes on every navigation: the panel closes once the visitor has gone to another page. */
  resetKey?: string;
  children: ReactNode;
}

/** Three bars, the sign people know for a menu; hidden from assistive technology, the text names it. */
const MenuIcon = () => (
  <svg className="lcd-header-menu__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
    <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);

const CloseIcon = () => (
  <svg className="lcd-header-menu__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
    <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);

export function HeaderMenu({ labels, resetKey, children }: HeaderMenuProps) {
  const [isOpen, setOpen] = useState(false);
  // Closed during the render that sees a new page, React's pattern for resetting state on a prop change.
  const [openedAt, setOpenedAt] = useState(resetKey);
  if (openedAt !== resetKey) {
    setOpenedAt(resetKey);
    setOpen(false);
  }

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <AriaButton className="lcd-header-menu__toggle">
        <MenuIcon />
        <span>{labels.open}</span>
      </AriaButton>
      <ModalOverlay isDismissable className="lcd-header-menu__overlay">
        <Modal className="lcd-header-menu__sheet">
          <Dialog className="lcd-header-menu__dialog">
            <div className="lcd-header-menu__top">
              <AriaHeading slot="title" level={2} className="lcd-header-menu__title">
                {labels.title}
              </AriaHeading>
              <AriaButton slot="close" className="lcd-header-menu__close" aria-label={labels.close}>
                <CloseIcon />
              </AriaButton>
            </div>
            <div className="lcd-header-menu__body">{children}</div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
