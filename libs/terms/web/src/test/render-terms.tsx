// Renders the terms route at a path, under a minimal layout, with real translations (French unless told)
// and a mocked urql client. Other paths show a stand-in page, so a test can follow a link away.
import { eagerRoutes } from '@lovecando/shared-web-data/testing';
import { render } from '@testing-library/react';
import { KIT_NAMESPACE, kitResources } from '@lovecando/shared-web-kit';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { type Client, Provider as UrqlProvider } from 'urql';
import { TERMS_NAMESPACE, termsResources } from '../i18n/resources';
import { termsRoutes } from '../lib/routes';

// The pages are lazy routes: loaded once, up front, so the first render shows the page.
const loadedRoutes = await eagerRoutes(termsRoutes);

export function renderTerms({
  client,
  path = '/terms',
  language = 'fr',
}: {
  client: Client;
  path?: string;
  language?: 'fr' | 'en';
}) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: {
      fr: { [TERMS_NAMESPACE]: termsResources.fr, [KIT_NAMESPACE]: kitResources.fr },
      en: { [TERMS_NAMESPACE]: termsResources.en, [KIT_NAMESPACE]: kitResources.en },
    },
    lng: language,
    fallbackLng: 'fr',
    ns: [TERMS_NAMESPACE, KIT_NAMESPACE],
    defaultNS: TERMS_NAMESPACE,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const router = createMemoryRouter(
    [
      {
        element: (
          <main>
            <Outlet />
          </main>
        ),
        children: [...loadedRoutes, { path: '*', element: <h1>Autre page</h1> }],
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
