// Renders the identity routes at a path, under a minimal layout with the account menu, with real
// translations (French unless told) and a mocked urql client. The location is shown in the page so tests
// can check redirects.
import { eagerRoutes } from '@lovecando/shared-web-data/testing';
import { render } from '@testing-library/react';
import { KIT_NAMESPACE, kitResources } from '@lovecando/shared-web-kit';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router';
import { type Client, Provider as UrqlProvider } from 'urql';
import { IDENTITY_NAMESPACE, identityResources } from '../i18n/resources';
import { identityRoutes } from '../lib/routes';

// The pages are lazy routes: loaded once, up front, so the first render shows the page.
const loadedRoutes = await eagerRoutes(identityRoutes);
import { AccountMenu } from '../lib/viewer/AccountMenu';

function Layout() {
  const { pathname, search } = useLocation();
  return (
    <>
      <header>
        <AccountMenu />
      </header>
      <main>
        <Outlet />
      </main>
      <div data-testid="location">{`${pathname}${search}`}</div>
    </>
  );
}

export function renderIdentity({
  client,
  path,
  language = 'fr',
}: {
  client: Client;
  path: string;
  language?: 'fr' | 'en';
}) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: {
      fr: { [IDENTITY_NAMESPACE]: identityResources.fr, [KIT_NAMESPACE]: kitResources.fr },
      en: { [IDENTITY_NAMESPACE]: identityResources.en, [KIT_NAMESPACE]: kitResources.en },
    },
    lng: language,
    fallbackLng: 'fr',
    ns: [IDENTITY_NAMESPACE, KIT_NAMESPACE],
    defaultNS: IDENTITY_NAMESPACE,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { index: true, element: <h1>Accueil</h1> },
          ...loadedRoutes,
          { path: '*', element: <h1>Autre page</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={client}>
        <RouterProvider router={router} />
      </UrqlProvider>
    </I18nextProvider>,
  );
  return { ...view, i18n, router };
}
