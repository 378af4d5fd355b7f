// Renders the whole app (layout, routes, translations) at a given path with a mocked GraphQL client. The
// route table's lazy pages are loaded once, up front, so the first render shows the page as the app does.
import { eagerRoutes } from '@lovecando/shared-web-data/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { type Client } from 'urql';
import { App } from '../app/App';
import { routes } from '../app/routes';
import { createI18n } from '../i18n/i18n';

const loadedRoutes = await eagerRoutes(routes);

export function renderApp({ client, path = '/' }: { client: Client; path?: string }) {
  const i18n = createI18n();
  const router = createMemoryRouter(loadedRoutes, { initialEntries: [path] });
  const view = render(<App router={router} client={client} i18n={i18n} />);
  return { ...view, i18n, router };
}
