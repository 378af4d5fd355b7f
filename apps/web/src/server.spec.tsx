// The server renderer and the browser's adoption of what it drew: each public page is drawn in the
// visitor's language with only visitor-independent answers, and the browser's first render produces the
// same markup, so React adopts the server's page (no recoverable error, the same DOM nodes kept).
import { member } from '@lovecando/identity-web/testing';
import { DRAWN_PAGE_DATA_ID } from '@lovecando/shared-util';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from './app/start-app';
import { type RenderedPage, renderPage } from './server';

const readability = (score: number, band: string) => ({ __typename: 'Readability', score, band });
const localized = (fr: string, en: string) => ({ __typename: 'LocalizedText', fr, en });

/** The API's answer to the terms query, as it sends it (with the type names urql asks for). */
const termsAnswer = {
  data: {
    termsOfUse: {
      __typename: 'TermsVersion',
      ordinal: 1,
      hash: 'a'.repeat(64),
      // Early on 1 March in UTC, still 28 February in New York (the browser's zone in these tests).
      publishedAt: '2026-03-01T01:30:00.000Z',
      readability: {
        __typename: 'LocalizedReadability',
        fr: readability(80.5, 'EASY'),
        en: readability(70.2, 'FAIRLY_EASY'),
      },
      articles: [
        {
          __typename: 'TermsArticle',
          id: 'purpose',
          number: 1,
          title: localized('Ce qu’est LoveCanDo', 'What LoveCanDo is'),
          summary: localized('Une fondation gérée par ses membres.', 'A foundation run by its members.'),
          body: localized(
            'LoveCanDo **appartient** à ses membres.',
            'LoveCanDo is **owned** by its members.',
          ),
          bodyReadability: {
            __typename: 'LocalizedReadability',
            fr: readability(89.3, 'EASY'),
            en: readability(49.9, 'DIFFICULT'),
          },
        },
      ],
    },
  },
};

/** A stand-in for the API's /graphql that answers the terms query and records every query asked. */
function apiAnswering(answer: (operationName: string) => Response) {
  const asked: string[] = [];
  const fetch: typeof globalThis.fetch = (_url, init) => {
    const { operationName } = JSON.parse(init?.body as string) as { operationName: string };
    asked.push(operationName);
    return Promise.resolve(answer(operationName));
  };
  return { fetch, asked };
}

const json = (body: object, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const draw = (path: string, language: 'fr' | 'en', fetch = apiAnswering(() => json(termsAnswer)).fetch) =>
  renderPage({
    url: `http://localhost${path}`,
    language,
    graphqlUrl: 'http://127.0.0.1:3000/graphql',
    fetch,
  });

describe('renderPage', () => {
  it('draws the home page in the language asked, with its title', async () => {
    const fr = await draw('/', 'fr');
    const en = await draw('/', 'en');
    expect(fr?.html).toContain('<h1');
    expect(fr?.title).toBe('Accueil · LoveCanDo');
    expect(en?.title).toBe('Home · LoveCanDo');
    expect(en?.html).toContain('Skip to main content');
  });

  it('draws the sign-in form, asking the API nothing about the visitor', async () => {
    const api = apiAnswering(() => json(termsAnswer));
    const page = await draw('/sign-in', 'fr', api.fetch);
    expect(page?.html).toContain('type="password"');
    expect(api.asked).toEqual([]);
  });

  it('draws the terms with the text in force, asked with the terms query alone', async () => {
    const api = apiAnswering(() => json(termsAnswer));
    const page = await draw('/terms', 'en', api.fetch);
    expect(api.asked).toEqual(['TermsOfUse']);
    expect(page?.html).toContain('What LoveCanDo is');
    expect(page?.html).toContain('<strong>owned</strong>');
    expect(Object.keys(page?.ssrData ?? {})).toHaveLength(1);
  });

  it('writes the publication date in UTC, which the browser also writes while it adopts the page', async () => {
    const page = await draw('/terms', 'fr');
    expect(page?.html).toContain('1 mars 2026');
  });

  it('draws nothing for a page that is not public, an unknown address or a failed answer', async () => {
    expect(await draw('/profile', 'fr')).toBeUndefined();
    expect(await draw('/admin/members', 'fr')).toBeUndefined();
    expect(await draw('/no-such-page', 'fr')).toBeUndefined();
    const failing = apiAnswering(() => json({ errors: [{ message: 'down' }] }, 500));
    expect(await draw('/terms', 'fr', failing.fetch)).toBeUndefined();
  });
});

/** Puts a drawn page into this document as the API does (apps/api/src/http/page-document.ts). */
function showDrawnPage(page: RenderedPage): HTMLElement {
  document.body.innerHTML =
    `<div id="root" data-prerendered="${page.language}">${page.html}</div>` +
    `<script type="application/json" id="${DRAWN_PAGE_DATA_ID}">${JSON.stringify(page.ssrData)}</script>`;
  return document.getElementById('root') as HTMLElement;
}

/** A signed-in member, as `me` answers for a returning visitor (with the type name urql asks for). */
const signedIn = { __typename: 'Member', ...member() };

describe('the browser adopting a drawn page', () => {
  const recoverableErrors: unknown[] = [];
  const zone = process.env['TZ'];
  beforeEach(() => {
    recoverableErrors.length = 0;
    // A visitor in another time zone than the server's, signed in: the browser knows both at once (`me`
    // is answered before React starts), and must still draw what the server drew while it adopts it.
    vi.stubGlobal('fetch', () => Promise.resolve(json({ data: { me: signedIn } })));
  });
  afterEach(() => {
    process.env['TZ'] = zone;
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  const adopt = async (path: string, language: 'fr' | 'en') => {
    process.env['TZ'] = 'UTC';
    const page = await draw(path, language);
    if (!page) throw new Error(`${path} was not drawn`);
    process.env['TZ'] = 'America/New_York';
    if (language === 'en') localStorage.setItem('lovecando.lang', 'en');
    window.history.replaceState(null, '', path);
    const container = showDrawnPage(page);
    const heading = container.querySelector('h1');
    let started: { hydrated: boolean } | undefined;
    await act(async () => {
      started = await startApp(container, { onRecoverableError: (error) => recoverableErrors.push(error) });
    });
    // Let React finish its slices and the render that follows hydration.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    return { started, heading, container };
  };

  for (const path of ['/', '/sign-in', '/terms']) {
    for (const language of ['fr', 'en'] as const) {
      it(`adopts ${path} in ${language} as drawn, keeping the server's nodes`, async () => {
        const { started, heading, container } = await adopt(path, language);
        expect(started?.hydrated).toBe(true);
        expect(recoverableErrors).toEqual([]);
        expect(heading).not.toBeNull();
        // The very node the server wrote is still in the page: React adopted it rather than drawing anew.
        expect(container.querySelector('h1')).toBe(heading);
        // After adopting it, the page shows what only the browser knows: who is signed in.
        expect(container.querySelector('header')?.textContent).toContain('Ada Lovelace');
        // …and the date in the visitor's zone: still 28 February in New York.
        if (path === '/terms') {
          expect(container.querySelector('time')?.textContent).toBe(
            language === 'fr' ? '28 février 2026' : 'February 28, 2026',
          );
        }
      });
    }
  }

  it('draws anew when the page was drawn in another language than the one this browser keeps', async () => {
    const page = await draw('/', 'fr');
    if (!page) throw new Error('/ was not drawn');
    localStorage.setItem('lovecando.lang', 'en');
    const container = showDrawnPage(page);
    let started: { hydrated: boolean } | undefined;
    await act(async () => {
      started = await startApp(container);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(started?.hydrated).toBe(false);
    expect(container.querySelector('h1')?.textContent).not.toBe('');
    expect(document.documentElement.lang).toBe('en');
  });
});
