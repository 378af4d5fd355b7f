// Drawing public pages on the server: the visitor's language from the cookie, one drawing per address and
// language for a few seconds, a bound on drawings at once, and index.html (undefined here) whenever a page
// is not drawn. The renderer is a stand-in for the web app's bundle; page-document.spec.ts covers the HTML.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type Request } from 'express';
import { type PageRenderer, prerenderPages, visitorLanguage } from './prerender.js';

const template = `<html lang="fr"><head><title>LoveCanDo</title>
<script type="module" crossorigin src="/assets/index.js"></script></head>
<body><div id="root"><!--app--><p>loading</p><!--/app--></div></body></html>`;

const request = (url: string, cookie?: string, localAddress = '127.0.0.1') =>
  ({
    originalUrl: url,
    headers: cookie ? { cookie } : {},
    socket: { localAddress, localPort: 3000 },
  }) as unknown as Request;

type RenderArguments = Parameters<PageRenderer['renderPage']>[0];

/** A renderer that draws every address, after `delayMs`, and records what it was asked. */
function renderer(
  delayMs = 0,
  draw: (args: RenderArguments) => string | undefined = (args) => `<h1>${args.url}</h1>`,
) {
  const calls: RenderArguments[] = [];
  const stub: PageRenderer = {
    renderPage: async (args) => {
      calls.push(args);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const html = draw(args);
      return html === undefined
        ? undefined
        : { html, title: 'Page · LoveCanDo', language: args.language, ssrData: {} };
    },
  };
  return { stub, calls };
}

const pages = (stub: PageRenderer, options: Partial<Parameters<typeof prerenderPages>[0]> = {}) => {
  const errors: string[] = [];
  const prerender = prerenderPages({
    renderer: stub,
    template,
    onError: (_e, url) => errors.push(url),
    ...options,
  });
  if (!prerender) throw new Error('the template has its places');
  return { prerender, errors };
};

describe('visitorLanguage', () => {
  it('reads the language cookie, and falls back to French for none or an unknown one', () => {
    expect(visitorLanguage(request('/', 'lovecando.lang=en'))).toBe('en');
    expect(visitorLanguage(request('/', 'other=1; lovecando.lang=fr'))).toBe('fr');
    expect(visitorLanguage(request('/', 'lovecando.lang=de'))).toBe('fr');
    expect(visitorLanguage(request('/'))).toBe('fr');
  });
});

describe('prerenderPages', () => {
  it('sends the drawn page in the three encodings, each the same document', async () => {
    const { prerender } = pages(renderer().stub);
    const page = await prerender(request('/terms', 'lovecando.lang=en'));
    const document = page?.identity.toString('utf8') ?? '';
    expect(document).toContain('<h1>http://localhost/terms</h1>');
    expect(document).toContain('<html lang="en">');
    expect(brotliDecompressSync(page!.br).toString('utf8')).toBe(document);
    expect(gunzipSync(page!.gzip).toString('utf8')).toBe(document);
  });

  it('asks the API on the address and port the request came in on', async () => {
    const { stub, calls } = renderer();
    const { prerender } = pages(stub);
    await prerender(request('/', undefined, '::1'));
    await prerender(request('/terms', undefined, '10.0.0.5'));
    expect(calls.map((call) => call.graphqlUrl)).toEqual([
      'http://[::1]:3000/graphql',
      'http://10.0.0.5:3000/graphql',
    ]);
  });

  it('draws an address once per language while the drawing is reused, and again after', async () => {
    const { stub, calls } = renderer(5);
    const { prerender } = pages(stub, { reuseMs: 200 });
    await Promise.all([
      prerender(request('/terms')),
      prerender(request('/terms')),
      prerender(request('/terms')),
    ]);
    await prerender(request('/terms', 'lovecando.lang=en'));
    expect(calls.map((call) => call.language)).toEqual(['fr', 'en']);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await prerender(request('/terms'));
    expect(calls).toHaveLength(3);
  });

  it('sends index.html rather than wait when as many pages as allowed are being drawn', async () => {
    const { stub, calls } = renderer(50);
    const { prerender } = pages(stub, { maxDrawing: 1 });
    const first = prerender(request('/'));
    expect(await prerender(request('/sign-in'))).toBeUndefined();
    expect((await first)?.identity.toString()).toContain('http://localhost/');
    expect(calls).toHaveLength(1);
  });

  it('sends index.html for an address the renderer does not draw, and for a failed drawing', async () => {
    const { prerender: notDrawn } = pages(renderer(0, () => undefined).stub);
    expect(await notDrawn(request('/profile'))).toBeUndefined();
    const failing: PageRenderer = { renderPage: () => Promise.reject(new Error('boom')) };
    const { prerender, errors } = pages(failing);
    expect(await prerender(request('/terms?x=1'))).toBeUndefined();
    expect(errors).toEqual(['/terms?x=1']);
  });

  it('is off for an index.html without the places for a page', () => {
    expect(
      prerenderPages({ renderer: renderer().stub, template: '<html></html>', onError: () => undefined }),
    ).toBeUndefined();
  });
});
