// The terms-of-use page and its address. /terms is linked from the footer of every page and from the
// sign-up form. The page's code (and markdown-it with it) is its own chunk, fetched by the router only when
// a visitor opens the page, so it adds nothing to what every other page loads first.
import { type RouteObject } from 'react-router';

export const termsRoutes: RouteObject[] = [
  {
    path: 'terms',
    lazy: async () => ({ Component: (await import('./terms-page/TermsPage')).TermsPage }),
  },
];
