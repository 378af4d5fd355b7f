// Browser entry point: wires translations, the GraphQL client and the router, then renders the app.
import { prefetchViewer } from '@lovecando/identity-web';
import { createGraphqlClient } from '@lovecando/shared-web-data';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { featureCache } from './app/features';
import { graphqlEndpoints } from './app/graphql-endpoints';
import { routes } from './app/routes';
import { whenRouterReady } from './app/when-router-ready';
import { createI18n } from './i18n/i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n();
const client = createGraphqlClient({ ...graphqlEndpoints(window.location), cache: featureCache() });
const router = createBrowserRouter(routes);
// Who is signed in, asked while the first page's chunk downloads rather than after the page is drawn.
prefetchViewer(client);

// Every page is a chunk of its own: render once the first one is here, so the loading state of index.html
// gives way to the page itself rather than to an empty frame.
void whenRouterReady(router).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App router={router} client={client} i18n={i18n} />
    </StrictMode>,
  ),
);
