// Route table of the app, shared by the browser router (main.tsx) and the memory router of the tests.
// The layout, the error page and the home page are in the entry chunk; every other page is its own chunk,
// which the router fetches before showing it (main.tsx waits for the first one before rendering).
import { PRERENDERED_PAGE } from '@lovecando/shared-web-data';
import { type RouteObject } from 'react-router';
import { HomePage } from '../pages/home/HomePage';
import { webFeatures } from './features';
import { RootLayout } from './RootLayout';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        // The error boundary sits under the layout so header, language switcher and footer stay usable.
        errorElement: <RouteError />,
        children: [
          // The home page is small and the most visited first page: it ships with the entry, so opening
          // the site needs no second round trip.
          { index: true, element: <HomePage />, handle: PRERENDERED_PAGE },
          {
            path: 'about',
            lazy: async () => ({ Component: (await import('../pages/about/AboutPage')).AboutPage }),
          },
          // Every scope's pages, from its manifest (features.ts).
          ...webFeatures.flatMap((feature) => feature.routes),
          // The component catalogue (see UiCataloguePage for why it is public).
          {
            path: 'dev/ui',
            lazy: async () => ({
              Component: (await import('../pages/ui-catalogue/UiCataloguePage')).UiCataloguePage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('../pages/not-found/NotFoundPage')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
];
