// The terms-of-use page with a mocked API: the version in force in French and in English, its table of
// contents, the loading, failure and "none yet" states, and a hostile body rendered harmless.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { article, HASH, terms, type TermsData } from '../../test/fixtures';
import { answer, answerError, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { renderTerms } from '../../test/render-terms';

/** A client that answers the terms query with `data` (and nothing else is asked). */
const clientWith = (data: TermsData | null) =>
  createMockClient((operation) => answer(operation, { termsOfUse: data }));

const articleSection = (name: string) => screen.getByRole('region', { name });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('TermsPage', () => {
  it('shows the version in force in French: facts, readability, summaries and rendered bodies', async () => {
    const { client, operations } = clientWith(terms());
    renderTerms({ client });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Article 1 — Ce qu’est LoveCanDo' }),
    ).toBeTruthy();
    // The version in force: the query names no ordinal.
    expect(operations.every((operation) => operationName(operation) === 'TermsOfUse')).toBe(true);
    expect(operations[0]?.variables).toEqual({});
    expect(screen.getByRole('heading', { level: 1, name: 'Conditions d’utilisation' })).toBeTruthy();
    expect(document.title).toBe('Conditions d’utilisation · LoveCanDo');

    // Version, date and fingerprint: shortened, the full value one click away, and what it is for.
    expect(screen.getByText('Version').nextElementSibling?.textContent).toBe('1');
    const date = screen.getByText('1 mars 2026');
    expect(date.tagName).toBe('TIME');
    expect(date.getAttribute('datetime')).toBe('2026-03-01T09:30:00.000Z');
    expect(screen.getByText(`${HASH.slice(0, 12)}…`)).toBeTruthy();
    const fullHash = screen.getByText(HASH);
    expect(fullHash.closest('details')).toBeTruthy();
    expect(
      screen.getByText(/L’empreinte est calculée à partir du texte exact de tous les articles/),
    ).toBeTruthy();

    // Readability of the French text, one decimal cut (89.36 → 89,3), with the scale explained.
    expect(screen.getByText('Lisibilité (Kandel–Moles) : 89,3 — facile')).toBeTruthy();
    expect(screen.getByText(/à partir de 60, c’est un langage simple/)).toBeTruthy();

    const first = articleSection('Article 1 — Ce qu’est LoveCanDo');
    expect(within(first).getByText('En bref')).toBeTruthy();
    expect(within(first).getByText('Une fondation sans but lucratif, gérée par ses membres.')).toBeTruthy();
    expect(within(first).getByText('appartient').tagName).toBe('STRONG');
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vous gardez la main.', 'Vous pouvez partir.']);
    expect(within(first).getByText('Lisibilité de l’article : 89,3 — facile')).toBeTruthy();

    const second = articleSection('Article 2 — Devenir membre');
    expect(within(second).getByText('Lisibilité de l’article : 72,4 — plutôt facile')).toBeTruthy();
    expect(within(second).getByRole('link', { name: 'article 1' }).getAttribute('href')).toBe(
      '#article-purpose',
    );
  });

  it('shows the English text and the Flesch scores in English, with a decimal point', async () => {
    const { client } = clientWith(terms());
    renderTerms({ client, language: 'en' });

    const first = await screen.findByRole('region', { name: 'Article 1 — What LoveCanDo is' });
    expect(screen.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeTruthy();
    expect(document.title).toBe('Terms of use · LoveCanDo');
    expect(screen.getByText('March 1, 2026')).toBeTruthy();
    expect(screen.getByText('Readability (Flesch reading ease): 85.6 — easy')).toBeTruthy();
    expect(screen.getByText('Higher is easier to read; 60 and above is plain language.')).toBeTruthy();
    expect(within(first).getByText('In short')).toBeTruthy();
    expect(within(first).getByText('A non-profit foundation run by its members.')).toBeTruthy();
    expect(within(first).getByText('owned').tagName).toBe('STRONG');
    // 49.96 is shown as 49.9: never rounded up to the 50 it does not reach.
    expect(within(first).getByText('Readability of this article: 49.9 — difficult')).toBeTruthy();
    expect(screen.queryByText(/Ce qu’est LoveCanDo/)).toBeNull();
  });

  it('follows a change of language without asking the API again', async () => {
    const { client, operations } = clientWith(terms());
    const { i18n } = renderTerms({ client });
    await screen.findByRole('heading', { level: 2, name: 'Article 1 — Ce qu’est LoveCanDo' });
    const asked = operations.length;

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Article 2 — Becoming a member' })).toBeTruthy();
    expect(screen.getByText('Readability (Flesch reading ease): 85.6 — easy')).toBeTruthy();
    expect(operations).toHaveLength(asked);
  });

  it('lists every article in a table of contents whose links point at the article anchors', async () => {
    const { client } = clientWith(terms());
    renderTerms({ client });

    const toc = await screen.findByRole('navigation', { name: 'Sommaire' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Article 1 — Ce qu’est LoveCanDo', '#article-purpose'],
      ['Article 2 — Devenir membre', '#article-membership'],
    ]);
    for (const link of links) {
      const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
      expect(target?.tagName).toBe('SECTION');
      expect(target?.getAttribute('aria-labelledby')).toBe(`${target?.id ?? ''}-heading`);
    }
    expect(screen.getByRole('region', { name: 'Article 2 — Devenir membre' }).id).toBe('article-membership');
  });

  it('scrolls to the article named in the address once the articles have arrived', async () => {
    // jsdom does not lay out the page, so it has no scrollIntoView: record the calls instead.
    const scrolled: string[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.id);
    });
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
    try {
      const { client } = clientWith(terms());
      renderTerms({ client, path: '/terms#article-membership' });
      await waitFor(() => expect(scrolled).toEqual(['article-membership']));
    } finally {
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });

  it('says it is loading while the API has not answered', async () => {
    const { client } = createMockClient(() => never);
    renderTerms({ client });
    // The heading shows once the page's code is in; the terms themselves are still awaited.
    expect(await screen.findByRole('heading', { level: 1, name: 'Conditions d’utilisation' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Chargement des conditions d’utilisation…');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows an error with a retry that loads the terms', async () => {
    let failing = true;
    const { client } = createMockClient((operation) =>
      failing
        ? answerError(operation, { code: 'INTERNAL_SERVER_ERROR' })
        : answer(operation, { termsOfUse: terms() }),
    );
    renderTerms({ client });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Les conditions d’utilisation n’ont pas pu être chargées')).toBeTruthy();
    failing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Article 1 — Ce qu’est LoveCanDo' }),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when no terms have been published yet', async () => {
    const { client } = clientWith(null);
    renderTerms({ client, language: 'en' });
    const status = await screen.findByText('No terms published yet');
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('renders a hostile body without any script element or javascript: link', async () => {
    const hostile = article({
      body: {
        fr: '<script>alert(1)</script>\n\nUn [x](javascript:alert(1)) piège.',
        en: '<script>alert(1)</script>\n\nA [x](javascript:alert(1)) trap.',
      },
    });
    const { client } = clientWith(terms({ articles: [hostile] }));
    const { container } = renderTerms({ client });
    const section = await screen.findByRole('region', { name: 'Article 1 — Ce qu’est LoveCanDo' });
    expect(within(section).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[href^="javascript:" i]')).toBeNull();
    expect(within(section).queryByRole('link')).toBeNull();
  });
});
