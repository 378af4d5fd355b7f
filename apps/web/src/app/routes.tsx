// Route table of the app, shared by the browser router (main.tsx) and the memory router of the tests.
// The layout and the error page are in the entry chunk; every page is its own chunk, which the router
// fetches before showing it (main.tsx waits for the first one before rendering).
import { identityRoutes } from '@lovecando/identity-web';
import { termsRoutes } from '@lovecando/terms-web';
import { type RouteObject } from 'react-router';
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
          {
            index: true,
            lazy: async () => ({ Component: (await import('../pages/home/HomePage')).HomePage }),
          },
          ...identityRoutes,
          ...termsRoutes,
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
