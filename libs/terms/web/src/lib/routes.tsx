// The terms-of-use page and its address. /terms is linked from the footer of every page and from the
// sign-up form. The page's code (and markdown-it with it) is its own chunk, fetched by the router only when
// a visitor opens the page, so it adds nothing to what every other page loads first. Its styles ship with
// the entry: the server draws the page (PRERENDERED_PAGE), and the drawing must be styled before the
// page's code arrives, or it would move when its stylesheet came with the chunk.
import { PRERENDERED_PAGE } from '@lovecando/shared-web-data';
import { type RouteObject } from 'react-router';
import './terms.css';

export const termsRoutes: RouteObject[] = [
  {
    path: 'terms',
    // Drawn by the server with the text in force, so it reads before the scripts arrive.
    handle: PRERENDERED_PAGE,
    lazy: async () => ({ Component: (await import('./terms-page/TermsPage')).TermsPage }),
  },
];
