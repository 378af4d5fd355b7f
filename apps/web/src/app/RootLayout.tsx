// Layout around every page: the app shell with navigation, the visitor's account, language choice and footer.
import { AccountMenu } from '@lovecando/identity-web';
import { AppShell } from '@lovecando/shared-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useFocusMainOnNavigate } from '../common/useFocusMainOnNavigate';
import { BrandMark } from './BrandMark';
import { LanguageMenu } from './LanguageMenu';

const MAIN_ID = 'main-content';

export function RootLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  useFocusMainOnNavigate(MAIN_ID);
  return (
    <AppShell
      mainId={MAIN_ID}
      skipLinkLabel={t('app.skipLink')}
      brand={
        <Link to="/">
          <BrandMark />
          LoveCanDo
        </Link>
      }
      nav={
        <nav aria-label={t('app.navLabel')}>
          <ul className="lcd-nav">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
          </ul>
        </nav>
      }
      account={<AccountMenu />}
      languageSwitcher={<LanguageMenu />}
      menuLabels={{ open: t('menu.open'), title: t('menu.title'), close: t('menu.close') }}
      menuResetKey={location.key}
      footer={
        <div className="app-footer">
          <ul className="app-footer__links">
            <li>
              <Link to="/terms">{t('app.footerTerms')}</Link>
            </li>
            <li>
              <Link to="/about">{t('app.footerAbout')}</Link>
            </li>
          </ul>
          <p>{t('app.footer')}</p>
        </div>
      }
    >
      {/* On a page the server drew, React adopts the page inside this boundary after the header and at
          idle priority, in slices of a few milliseconds: a long page (the terms) never holds the main
          thread long enough to delay a tap. Nothing inside suspends, so the fallback is never shown. */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
