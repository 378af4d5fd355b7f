// Which articles count as changed between two versions.
import { type Article, type TermsVersion } from '../document/types.js';
import { changedArticles } from './changed-articles.js';

const article = (id: string, text: string): Article => ({
  id,
  number: 0,
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  body: { fr: `Texte ${text}.`, en: `Body ${text}.` },
  summary: { fr: `Résumé ${text}.`, en: `Summary ${text}.` },
});
const numbered = (articles: readonly Article[]): TermsVersion => ({
  articles: articles.map((a, i) => ({ ...a, number: i + 1 })),
  hash: articles.map((a) => a.id).join(','),
});

const A = article('a', 'one');
const B = article('b', 'two');
const C = article('c', 'three');
const BASE = numbered([A, B, C]);

describe('changedArticles', () => {
  it('is every article when there is no previous version', () => {
    expect(changedArticles(null, BASE)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('is empty for the same text, even when articles moved', () => {
    expect(changedArticles(BASE, BASE)).toEqual(new Set());
    expect(changedArticles(BASE, numbered([C, A, B]))).toEqual(new Set());
  });

  it('names new articles and articles whose title, body or summary changed in either language', () => {
    const to = numbered([
      { ...A, title: { ...A.title, en: 'Retitled' } },
      { ...B, body: { ...B.body, fr: 'Texte changé.' } },
      { ...C, summary: { ...C.summary, en: 'New summary.' } },
      article('d', 'four'),
    ]);
    expect(changedArticles(BASE, to)).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('does not name deleted articles: there is nothing left to check', () => {
    expect(changedArticles(BASE, numbered([A, C]))).toEqual(new Set());
  });
});
