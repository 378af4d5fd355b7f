// What the server that draws a page (apps/api/src/http/page-document.ts, prerender.ts) and the browser that
// adopts it (apps/web/src/app/prerendered.ts, i18n/i18n.ts) agree on, named once for both
// (docs/architecture.md#first-paint-from-the-server).

/** The cookie the web app keeps the visitor's language in, and in which the server draws the page. */
export const LANGUAGE_COOKIE = 'lovecando.lang';

/** The id of the JSON block holding the GraphQL answers a page was drawn with. */
export const DRAWN_PAGE_DATA_ID = 'lcd-ssr-data';
