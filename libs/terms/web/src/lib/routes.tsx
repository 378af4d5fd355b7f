// The terms-of-use page and its address. /terms is linked from the footer of every page and from the
// sign-up form. The page's code (and markdown-it with it) is only fetched when a visitor opens it, so it
// adds nothing to what every other page loads first.
import { lazy, Suspense } from 'react';
import { type RouteObject } from 'react-router';
import { Loading } from './common/Loading';

const TermsPage = lazy(() =>
  import('./terms-page/TermsPage').then(({ TermsPage }) => ({ default: TermsPage })),
);

export const termsRoutes: RouteObject[] = [
  {
    path: 'terms',
    element: (
      <Suspense fallback={<Loading />}>
        <TermsPage />
      </Suspense>
    ),
  },
];
