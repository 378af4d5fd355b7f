// Server entry of the web app (docs/architecture.md#first-paint-from-the-server): draws a public page as
// HTML so a visitor reads it before the scripts arrive, then the browser adopts it (main.tsx). Built by
// `npm run build:web` into dist/apps/web-server and called by the API process for page requests
// (apps/api/src/http/prerender.ts). Only routes whose handle is PRERENDERED_PAGE are drawn; for any other
// address, a redirect or a failed query, it answers undefined and the server sends the app's usual page.
import {
  createServerGraphqlClient,
  isPrerenderedPage,
  type ServerGraphqlClient,
} from '@lovecando/shared-web-data';
import { type ServerHead, ServerHeadContext } from '@lovecando/shared-web-kit';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders } from './app/App';
import { featureCache, webFeatures } from './app/features';
import { routes } from './app/routes';
import { createI18n } from './i18n/i18n';
import { type Language } from './i18n/languages';

export interface PageRequest {
  /** The address asked for, absolute (only its path and query are read). */
  url: string;
  /** The language to draw in: the visitor's cookie, else French. */
  language: Language;
  /** The API's GraphQL endpoint as this process reaches it. */
  graphqlUrl: string;
  fetch?: typeof fetch;
}

export interface RenderedPage {
  /** The page's markup, to place inside #root. */
  html: string;
  /** The page's <title>, as its useDocumentTitle set it. */
  title: string | undefined;
  language: Language;
  /** The answers the page was drawn with, for the browser's GraphQL client (ssrExchange). */
  ssrData: ReturnType<ServerGraphqlClient['data']>;
}

const handler = createStaticHandler(routes);

export async function renderPage({
  url,
  language,
  graphqlUrl,
  fetch,
}: PageRequest): Promise<RenderedPage | undefined> {
  const context = await handler.query(new Request(url));
  if (context instanceof Response || context.statusCode !== 200 || context.errors) return undefined;
  if (!isPrerenderedPage(context.matches)) return undefined;

  const graphql = createServerGraphqlClient({
    url: graphqlUrl,
    fetch,
    visitorIndependentQueries: featureCache().visitorIndependentQueries,
  });
  const path = new URL(url).pathname;
  for (const feature of webFeatures) feature.prefetch?.(graphql.client, path);
  await graphql.settled();
  const ssrData = graphql.data();
  // A page drawn with a failed answer would show its error state to everyone: let the browser ask instead.
  if (Object.values(ssrData).some((result) => result?.error)) return undefined;

  const head: ServerHead = {};
  const html = renderToString(
    <StrictMode>
      <ServerHeadContext.Provider value={head}>
        <AppProviders client={graphql.client} i18n={createI18n(language)}>
          <StaticRouterProvider
            router={createStaticRouter(handler.dataRoutes, context)}
            context={context}
            hydrate={false}
          />
        </AppProviders>
      </ServerHeadContext.Provider>
    </StrictMode>,
  );
  return { html, title: head.title, language, ssrData };
}
