// Serves the built web app on the API's port (one process, one URL), with the SPA fallback to index.html;
// the public pages come drawn by the server when it has the renderer (prerender.ts).
// The build writes a brotli and a gzip copy next to every text asset (vite.config.ts), and the smallest
// one the browser accepts is sent as is: nothing is compressed per request. Hashed assets are cached
// for a year, immutable; index.html is revalidated on every load so a deploy shows at once. Source maps
// stay on the server in production: they are built for debugging, not published.
import { existsSync } from 'node:fs';
import { type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { type PageResponse } from './prerender.js';

/** Paths the API answers itself; the web app never stands in for them. */
const API_PATHS = /^\/(graphql|health)(\/|$)/;

export interface WebAppOptions {
  production: boolean;
  /** Draws a page request (prerender.ts); absent, every page is index.html. */
  prerender?: (request: Request) => Promise<PageResponse | undefined>;
}

/** Sends a drawn page in the smallest encoding the browser accepts; like index.html, revalidated each time. */
function sendPage(request: Request, response: Response, page: PageResponse): void {
  const encoding = request.acceptsEncodings('br', 'gzip', 'identity');
  const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache');
  // The page is drawn in the language of the visitor's cookie.
  response.setHeader('Vary', 'Accept-Encoding, Cookie');
  if (body !== page.identity) response.setHeader('Content-Encoding', encoding as string);
  response.setHeader('Content-Length', String(body.length));
  response.status(200).end(request.method === 'HEAD' ? undefined : body);
}

export function webApp(
  webDistDir: string,
  { production, prerender }: WebAppOptions,
): RequestHandler | undefined {
  const root = resolve(webDistDir);
  if (!existsSync(resolve(root, 'index.html'))) return undefined;
  const assetsDir = resolve(root, 'assets');
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: {
      fallthrough: true,
      setHeaders: (response: ServerResponse, path: string) => {
        const hashed = path.startsWith(`${assetsDir}/`);
        response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  });

  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (API_PATHS.test(request.path)) return next();
    if (production && request.path.endsWith('.map')) {
      response.status(404).end();
      return;
    }
    files(request, response, () => {
      // A client-side route: the page itself, for browsers; anything else has nothing here.
      if (!request.accepts('html') || request.path.startsWith('/assets/')) return next();
      const sendIndex = () => {
        request.url = '/index.html';
        files(request, response, next);
      };
      if (!prerender) return sendIndex();
      prerender(request).then(
        (page) => (page ? sendPage(request, response, page) : sendIndex()),
        () => sendIndex(),
      );
    });
  };
}
