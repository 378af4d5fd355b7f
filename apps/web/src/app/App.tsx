// Root component: provides translations and the GraphQL client to the routed pages.
import { type i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type RouterProviderProps } from 'react-router';
import { type Client, Provider as UrqlProvider } from 'urql';

export interface AppProps {
  router: RouterProviderProps['router'];
  client: Client;
  i18n: i18n;
}

export function App({ router, client, i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={client}>
        <RouterProvider router={router} />
      </UrqlProvider>
    </I18nextProvider>
  );
}
