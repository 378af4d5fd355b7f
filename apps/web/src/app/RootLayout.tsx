// Layout around every page: the app shell with navigation, the visitor's account, language choice and footer.
import { AccountMenu } from '@lovecando/identity-web';
import { AppShell } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useFocusMainOnNavigate } from '../common/useFocusMainOnNavigate';
import { LanguageMenu } from './LanguageMenu';

const MAIN_ID = 'main-content';

export function RootLayout() {
  const { t } = useTranslation();
  useFocusMainOnNavigate(MAIN_ID);
  return (
    <AppShell
      mainId={MAIN_ID}
      skipLinkLabel={t('app.skipLink')}
      brand="LoveCanDo"
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
      footer={
        <>
          <p>
            <Link to="/terms">{t('app.footerTerms')}</Link>
          </p>
          <p>{t('app.footer')}</p>
        </>
      }
    >
      <Outlet />
    </AppShell>
  );
}
