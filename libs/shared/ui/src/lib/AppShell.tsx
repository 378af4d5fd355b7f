// Page frame shared by every screen: skip link, header (brand, navigation, language switcher), the one
// <main> landmark and a footer. Purely presentational: the app passes translated text and slots in.
import { type ReactNode } from 'react';

export interface AppShellProps {
  /** Text of the skip link, the first thing a keyboard user reaches on every page. */
  skipLinkLabel: string;
  /** Product name or logo shown at the start of the header. */
  brand: ReactNode;
  /** Navigation slot, usually a <nav> with links. */
  nav?: ReactNode;
  /** Slot at the end of the header for the language switcher. */
  languageSwitcher?: ReactNode;
  /** Slot at the end of the header for the visitor's account (name, sign in or out). */
  account?: ReactNode;
  footer?: ReactNode;
  /** id of <main>, target of the skip link. */
  mainId?: string;
  children: ReactNode;
}

export function AppShell({
  skipLinkLabel,
  brand,
  nav,
  languageSwitcher,
  account,
  footer,
  mainId = 'main-content',
  children,
}: AppShellProps) {
  return (
    <div className="lcd-shell">
      <a className="lcd-skip-link" href={`#${mainId}`}>
        {skipLinkLabel}
      </a>
      <header className="lcd-header">
        <div className="lcd-container lcd-header__inner">
          <div className="lcd-header__brand">{brand}</div>
          {nav}
          {languageSwitcher || account ? (
            <div className="lcd-header__end">
              {account}
              {languageSwitcher}
            </div>
          ) : null}
        </div>
      </header>
      {/* tabIndex -1 lets the skip link and route changes move focus here without adding a tab stop. */}
      <main id={mainId} className="lcd-main" tabIndex={-1}>
        <div className="lcd-container">{children}</div>
      </main>
      {footer ? (
        <footer className="lcd-footer">
          <div className="lcd-container">{footer}</div>
        </footer>
      ) : null}
    </div>
  );
}
