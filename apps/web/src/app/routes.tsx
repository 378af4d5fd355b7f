// Route table of the app, shared by the browser router (main.tsx) and the memory router of the tests.
import { identityRoutes } from '@lovecando/identity-web';
import { termsRoutes } from '@lovecando/terms-web';
import { type RouteObject } from 'react-router';
import { AboutPage } from '../pages/about/AboutPage';
import { HomePage } from '../pages/home/HomePage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
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
          ...identityRoutes,
          ...termsRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
