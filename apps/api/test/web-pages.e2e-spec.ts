// Public pages drawn by the server (docs/architecture.md#first-paint-from-the-server), end to end: the built
// server with the built web app and its renderer, on a real database holding the first terms of use. A
// page arrives with its content, in the visitor's language, with the answers it was drawn with; other
// pages are the app's index.html. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFreePort } from '@lovecando/shared-embedded-postgres';
import { createTestDatabase, postGraphql, type TestDatabase } from '@lovecando/shared-testing';
import { type BuiltServer, launch, MAIN, waitUntilReady } from './built-server.js';

const WEB = resolve(__dirname, '../../../dist/apps/web/index.html');
const RENDERER = resolve(__dirname, '../../../dist/apps/web-server/server.mjs');

let database: TestDatabase;
let server: BuiltServer;
let origin: string;
let firstArticle: { fr: string; en: string };

beforeAll(async () => {
  for (const file of [MAIN, WEB, RENDERER]) {
    if (!existsSync(file)) throw new Error(`Build the platform first (npm run build): ${file} is missing`);
  }
  database = await createTestDatabase('pages');
  const port = await findFreePort();
  server = launch({ DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'test' });
  await waitUntilReady(port);
  origin = `http://127.0.0.1:${port}`;
  const { body } = await postGraphql<{ termsOfUse: { articles: { title: { fr: string; en: string } }[] } }>(
    origin,
    '{ termsOfUse { articles { title { fr en } } } }',
  );
  const data = body.data!;
  firstArticle = data.termsOfUse.articles[0]!.title;
});

afterEach(() => {
  // What the server logged, when a test failed: why a page was not drawn, above all.
  const failed = expect.getState().assertionCalls !== expect.getState().numPassingAsserts;
  if (failed) process.stderr.write(server.output());
});

afterAll(async () => {
  server?.process.kill('SIGTERM');
  await server?.exited;
  await database?.drop();
});

const page = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { headers: { accept: 'text/html', ...headers } });

/** The JSON block of answers a drawn page carries. */
const answersIn = (html: string): unknown =>
  JSON.parse(/<script type="application\/json" id="lcd-ssr-data">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');

describe('a page the server draws', () => {
  it('arrives with the terms in force, in French by default, with the answers it was drawn with', async () => {
    const response = await page('/terms');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/cookie/i);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<div id="root" data-prerendered="fr">');
    expect(html).toContain(firstArticle.fr.replace(/'/g, '&#x27;'));
    expect(html).toMatch(/<title>Conditions d’utilisation · LoveCanDo<\/title>/);
    expect(JSON.stringify(answersIn(html))).toContain('termsOfUse');
    // The app starts after the first paint, from the one script the policy allows.
    expect(html).toContain('<script src="/start-after-paint.js" data-entry="/assets/');
    expect(html).not.toContain('type="module"');
  });

  it('is drawn in the language of the visitor’s cookie', async () => {
    const html = await (await page('/terms', { cookie: 'lovecando.lang=en' })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('data-prerendered="en"');
    expect(html).toContain(firstArticle.en.replace(/'/g, '&#x27;'));
  });

  it('draws the home and sign-in pages with their content and no answer about the visitor', async () => {
    for (const path of ['/', '/sign-in']) {
      const html = await (await page(path)).text();
      expect(html).toContain('data-prerendered="fr"');
      expect(html).toMatch(/<h1[^>]*>/);
      expect(answersIn(html)).toEqual({});
    }
    expect(await (await page('/sign-in')).text()).toContain('type="password"');
  });

  it('is sent compressed to a browser that accepts it', async () => {
    const response = await fetch(`${origin}/terms`, {
      headers: { accept: 'text/html', 'accept-encoding': 'br' },
    });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toContain('data-prerendered="fr"');
  });

  it('answers HEAD with the headers alone', async () => {
    const response = await fetch(`${origin}/terms`, { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });
});

describe('a page the server does not draw', () => {
  it('is the app’s index.html, for members-only pages and unknown addresses alike', async () => {
    for (const path of ['/profile', '/admin/members', '/no-such-page']) {
      const html = await (await page(path)).text();
      expect(html).toContain('boot-status');
      expect(html).not.toContain('data-prerendered');
      expect(html).toContain('<script type="module"');
    }
  });
});
