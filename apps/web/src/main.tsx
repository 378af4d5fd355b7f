// Browser entry point: wires translations, the GraphQL client and the router, then renders the app.
import { createGraphqlClient } from '@lovecando/shared-web-data';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { featureCache } from './app/features';
import { graphqlEndpoints } from './app/graphql-endpoints';
import { routes } from './app/routes';
import { createI18n } from './i18n/i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n();
const client = createGraphqlClient({ ...graphqlEndpoints(window.location), cache: featureCache() });
const router = createBrowserRouter(routes);

createRoot(container).render(
  <StrictMode>
    <App router={router} client={client} i18n={i18n} />
  </StrictMode>,
);
