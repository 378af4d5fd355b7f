// Starts the web app in a browser page: wires the GraphQL client, translations and the router, then renders
// the app — or, on a page the server drew (server.tsx), adopts the server's markup with the answers it was
// drawn with (hydration). Each step runs in a task of its own, so a phone's main thread is never held long
// enough to delay a tap (the pages' Total Blocking Time budget, tools/bench/web-budget.json).
import { createGraphqlClient } from '@lovecando/shared-web-data';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createI18n } from '../i18n/i18n';
import { App } from './App';
import { featureCache, webFeatures } from './features';
import { graphqlEndpoints } from './graphql-endpoints';
import { readPrerendered } from './prerendered';
import { routes } from './routes';
import { whenRouterReady } from './when-router-ready';

/** Lets the browser handle input and paint before the next step. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface StartedApp {
  /** Whether React adopted the server's markup (true) or drew the page itself. */
  hydrated: boolean;
}

export async function startApp(
  container: HTMLElement,
  { onRecoverableError }: Pick<RootOptions, 'onRecoverableError'> = {},
): Promise<StartedApp> {
  await nextTask();
  const prerendered = readPrerendered(document);
  const client = createGraphqlClient({
    ...graphqlEndpoints(window.location),
    cache: featureCache(),
    ssrData: prerendered?.ssrData,
  });
  // What the first page will ask for (who is signed in, the terms on /terms), asked while its code
  // downloads rather than after it is drawn.
  for (const feature of webFeatures) feature.prefetch?.(client, window.location.pathname);
  await nextTask();
  const i18n = createI18n();
  await nextTask();
  const router = createBrowserRouter(routes);
  // Every page is a chunk of its own: render once the first one is here, so the loading state of
  // index.html (or the server's page) gives way to the page itself rather than to an empty frame.
  await whenRouterReady(router);
  await nextTask();
  const app = (
    <StrictMode>
      <App router={router} client={client} i18n={i18n} />
    </StrictMode>
  );
  // Drawn in another language than the visitor's (a choice kept only in this browser): draw anew.
  const hydrated = prerendered?.language === i18n.resolvedLanguage;
  // A transition, so React renders in slices and the first taps are not kept waiting.
  startTransition(() => {
    if (hydrated) hydrateRoot(container, app, { onRecoverableError });
    else createRoot(container, { onRecoverableError }).render(app);
  });
  return { hydrated };
}
