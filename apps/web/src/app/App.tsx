// Root component: provides translations, React Aria's locale and the GraphQL client to the routed pages.
// The browser mounts the data router (App); a server render wraps its static router in the same providers.
import { useUiLanguage } from '@lovecando/shared-web-kit';
import { type i18n } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { I18nProvider as AriaLocaleProvider } from 'react-aria-components';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type RouterProviderProps } from 'react-router';
import { type Client, Provider as UrqlProvider } from 'urql';

/** React Aria's own texts ("Fermer", "Dismiss"…) in the interface language, not the browser's. */
const ARIA_LOCALES = { fr: 'fr-FR', en: 'en-US' } as const;

function AriaLocale({ children }: { children: ReactNode }) {
  const [language] = useUiLanguage();
  return <AriaLocaleProvider locale={ARIA_LOCALES[language]}>{children}</AriaLocaleProvider>;
}

export interface AppProvidersProps {
  client: Client;
  i18n: i18n;
  children: ReactNode;
}

export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AriaLocale>
        <UrqlProvider value={client}>{children}</UrqlProvider>
      </AriaLocale>
    </I18nextProvider>
  );
}

export interface AppProps {
  router: RouterProviderProps['router'];
  client: Client;
  i18n: i18n;
}

/**
 * <html data-app="started"> once the app runs (after it adopted a drawn page, or drew its first one): what
 * the browser tests wait for before pressing controls that only the running app handles.
 */
function useMarkStarted(): void {
  useEffect(() => {
    document.documentElement.dataset['app'] = 'started';
  }, []);
}

export function App({ router, client, i18n }: AppProps) {
  useMarkStarted();
  return (
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
