// Browser entry point: wires translations, the GraphQL client and the router, then renders the app.
import { createGraphqlClient } from '@lovecando/shared-web-data';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { featureCache, webFeatures } from './app/features';
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
// What the first page will ask for (who is signed in, the terms on /terms), asked while its code downloads
// rather than after it is drawn.
for (const feature of webFeatures) feature.prefetch?.(client, window.location.pathname);

// Every page is a chunk of its own: render once the first one is here, so the loading state of index.html
// gives way to the page itself rather than to an empty frame.
void whenRouterReady(router).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App router={router} client={client} i18n={i18n} />
    </StrictMode>,
  ),
);
