// Serves the built web app on the API's port (one process, one URL), with the SPA fallback to index.html.
// The build writes a brotli and a gzip copy next to every text asset (vite.config.ts), and the smallest
// one the browser accepts is sent as is: nothing is compressed per request. Hashed assets are cached
// for a year, immutable; index.html is revalidated on every load so a deploy shows at once. Source maps
// stay on the server in production: they are built for debugging, not published.
import { existsSync } from 'node:fs';
import { type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Paths the API answers itself; the web app never stands in for them. */
const API_PATHS = /^\/(graphql|health)(\/|$)/;

export interface WebAppOptions {
  production: boolean;
}

export function webApp(webDistDir: string, { production }: WebAppOptions): RequestHandler | undefined {
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
      request.url = '/index.html';
      files(request, response, next);
    });
  };
}
