// Public pages drawn on the server (docs/architecture.md#first-paint-from-the-server): the web app's server
// renderer (dist/apps/web-server/server.mjs, built from apps/web/src/server.tsx) turns a page address
// into HTML, asking the API over its own loopback connection for the visitor-independent answers the page
// needs, exactly as a browser would. The drawings are kept a few seconds per address and language, so a
// crowd opening /terms costs one drawing, not one each; at most a few are drawn at once, and beyond that,
// or when drawing fails, the visitor gets the app's usual index.html, which works as before.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE, type Language } from '@lovecando/shared-util';
import { parse as parseCookies } from 'cookie';
import { type Request } from 'express';
import { LRUCache } from 'lru-cache';
import { type DrawnPage, hasPagePlaces, pageDocument } from './page-document.js';

/** What the web app's server renderer exports. */
export interface PageRenderer {
  renderPage(request: {
    url: string;
    language: Language;
    graphqlUrl: string;
    fetch?: typeof fetch;
  }): Promise<DrawnPage | undefined>;
}

/** A drawn page, ready to send in the encodings browsers accept. */
export interface PageResponse {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

export interface PrerenderOptions {
  renderer: PageRenderer;
  /** The built index.html. */
  template: string;
  /** How long a drawing is reused. */
  reuseMs?: number;
  /** How many pages may be drawn at the same moment; more wait for nothing and get index.html. */
  maxDrawing?: number;
  /** How long the API may take to answer the renderer's queries. */
  queryTimeoutMs?: number;
  onError: (error: unknown, url: string) => void;
}

export function visitorLanguage(request: Request): Language {
  const chosen = parseCookies(request.headers.cookie ?? '')[LANGUAGE_COOKIE];
  return chosen && isLanguage(chosen) ? chosen : DEFAULT_LANGUAGE;
}

/** The API's GraphQL endpoint on the address and port this request came in on, which it listens on. */
function ownGraphqlUrl(request: Request): string {
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return `http://${host}:${localPort}/graphql`;
}

/** Loads the server renderer when the build made one; the API serves the plain web app without it. */
export async function loadPageRenderer(modulePath: string): Promise<PageRenderer | undefined> {
  const file = resolve(modulePath);
  if (!existsSync(file)) return undefined;
  const loaded = (await import(pathToFileURL(file).href)) as Partial<PageRenderer>;
  return typeof loaded.renderPage === 'function' ? (loaded as PageRenderer) : undefined;
}

const encode = (document: string): PageResponse => {
  const identity = Buffer.from(document, 'utf8');
  return {
    identity,
    // Quality 5: a few milliseconds for a long page, and most of what 11 would save.
    br: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }),
    gzip: gzipSync(identity, { level: 6 }),
  };
};

/**
 * The drawing of a page request, or undefined for an address the renderer does not draw, a busy moment
 * or a failure (then the caller sends index.html).
 */
export function prerenderPages({
  renderer,
  template,
  reuseMs = 2_000,
  maxDrawing = 4,
  queryTimeoutMs = 3_000,
  onError,
}: PrerenderOptions): ((request: Request) => Promise<PageResponse | undefined>) | undefined {
  if (!hasPagePlaces(template)) return undefined;
  const drawings = new LRUCache<string, Promise<PageResponse | null>>({ max: 100, ttl: reuseMs });
  let drawing = 0;
  const timedFetch: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(queryTimeoutMs) });

  const draw = async (request: Request, language: Language): Promise<PageResponse | null> => {
    drawing += 1;
    try {
      const page = await renderer.renderPage({
        url: `http://localhost${request.originalUrl}`,
        language,
        graphqlUrl: ownGraphqlUrl(request),
        fetch: timedFetch,
      });
      return page ? encode(pageDocument(template, page)) : null;
    } catch (error) {
      onError(error, request.originalUrl);
      return null;
    } finally {
      drawing -= 1;
    }
  };

  return async (request) => {
    const language = visitorLanguage(request);
    const key = `${language} ${request.originalUrl}`;
    let page = drawings.get(key);
    if (!page) {
      if (drawing >= maxDrawing) return undefined;
      page = draw(request, language);
      drawings.set(key, page);
    }
    return (await page) ?? undefined;
  };
}
