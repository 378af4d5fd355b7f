// Page frame shared by every screen: skip link, header (brand, navigation, account, language switcher),
// the one <main> landmark and a footer. Purely presentational: the app passes translated text and slots in.
// The header is one row on a wide screen; on a narrow one it shrinks to the brand and a menu button that
// opens the same navigation, account and language in a panel (the wide row is then hidden by CSS).
import { type ReactNode } from 'react';
import { HeaderMenu, type HeaderMenuLabels } from './HeaderMenu';

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
  /** Texts of the compact menu of narrow screens; without them the header only wraps. */
  menuLabels?: HeaderMenuLabels;
  /** Changes on every navigation, so the compact menu closes when the visitor goes elsewhere. */
  menuResetKey?: string;
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
  menuLabels,
  menuResetKey,
  footer,
  mainId = 'main-content',
  children,
}: AppShellProps) {
  const end =
    languageSwitcher || account ? (
      <div className="lcd-header__end">
        {account}
        {languageSwitcher}
      </div>
    ) : null;
  return (
    <div className="lcd-shell">
      <a className="lcd-skip-link" href={`#${mainId}`}>
        {skipLinkLabel}
      </a>
      <header className={menuLabels ? 'lcd-header lcd-header--compactable' : 'lcd-header'}>
        <div className="lcd-container lcd-header__inner">
          <div className="lcd-header__brand">{brand}</div>
          <div className="lcd-header__row">
            {nav}
            {end}
          </div>
          {menuLabels ? (
            <div className="lcd-header__menu">
              <HeaderMenu labels={menuLabels} resetKey={menuResetKey}>
                {nav}
                {account}
                {languageSwitcher}
              </HeaderMenu>
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
