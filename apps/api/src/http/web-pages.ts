// Wires the server-drawn pages (prerender.ts) for the built web app, when the build has its renderer and
// its index.html has the places a drawn page goes into.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger as NestLogger } from '@nestjs/common';
import { type Request } from 'express';
import { hasPagePlaces } from './page-document.js';
import { loadPageRenderer, type PageResponse, prerenderPages } from './prerender.js';

export async function webPages(
  webDistDir: string,
  rendererModule: string,
): Promise<((request: Request) => Promise<PageResponse | undefined>) | undefined> {
  const indexFile = resolve(webDistDir, 'index.html');
  if (!existsSync(indexFile)) return undefined;
  if (!existsSync(resolve(rendererModule))) return undefined;
  const logger = new NestLogger('WebPages');
  const template = readFileSync(indexFile, 'utf8');
  if (!hasPagePlaces(template)) {
    // A build whose index.html lost its markers: the app still works, its pages are just not drawn.
    logger.warn({ indexFile }, 'index.html has no place for drawn pages: every page is sent undrawn');
    return undefined;
  }
  const renderer = await loadPageRenderer(rendererModule);
  if (!renderer) return undefined;
  return prerenderPages({
    renderer,
    template,
    // The visitor gets index.html instead; the log says which page could not be drawn and why.
    onError: (error, url) =>
      logger.warn({ url, error: error instanceof Error ? error.message : String(error) }, 'page not drawn'),
  });
}
