// Route table of the app, shared by the browser router (main.tsx) and the memory router of the tests.
import { type RouteObject } from 'react-router';
import { AboutPage } from '../pages/about/AboutPage';
import { HomePage } from '../pages/home/HomePage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
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
          { index: true, element: <HomePage /> },
          { path: 'about', element: <AboutPage /> },
          // Every scope's pages, from its manifest (features.ts).
          ...webFeatures.flatMap((feature) => feature.routes),
          // The component catalogue, fetched only when opened (see UiCataloguePage for why it is public).
          {
            path: 'dev/ui',
            lazy: () =>
              import('../pages/ui-catalogue/UiCataloguePage').then(({ UiCataloguePage }) => ({
                Component: UiCataloguePage,
              })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
