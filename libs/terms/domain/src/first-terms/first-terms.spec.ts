// The first terms of use are a valid, readable document: accepted by createVersion, and no problem at all
// from the terms lint when every article counts as changed.
import { LANGUAGES, type Lang } from '@lovecando/shared-util';
import { type TermsVersion } from '../document/types.js';
import { createVersion } from '../document/version.js';
import { ARTICLE_ID } from '../document/validate.js';
import { lintTerms } from '../lint/lint-terms.js';
import { documentReadability } from '../readability/document-readability.js';
import { FIRST_TERMS } from './first-terms.js';

const RAW_HTML = /<[a-z/]/i;

const built = createVersion(FIRST_TERMS);
if (!built.ok) throw new Error(`the first terms are invalid: ${JSON.stringify(built.errors)}`);
const VERSION: TermsVersion = built.version;

const texts = (): { where: string; text: string }[] =>
  FIRST_TERMS.flatMap((article) =>
    (['title', 'body', 'summary'] as const).flatMap((field) =>
      LANGUAGES.map((lang) => ({ where: `${article.id}.${field}.${lang}`, text: article[field][lang] })),
    ),
  );

const scores = (lang: Lang, part: 'body' | 'summary'): number[] =>
  documentReadability(VERSION).articles.map((article) => article[part][lang].score ?? Number.NaN);

describe('FIRST_TERMS', () => {
  it('is a valid version: createVersion accepts it', () => {
    expect(built.ok).toBe(true);
    expect(VERSION.articles.map((article) => article.number)).toEqual(FIRST_TERMS.map((_, i) => i + 1));
    expect(VERSION.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has 12 to 20 articles with unique, well-formed ids', () => {
    expect(FIRST_TERMS.length).toBeGreaterThanOrEqual(12);
    expect(FIRST_TERMS.length).toBeLessThanOrEqual(20);
    const ids = FIRST_TERMS.map((article) => article.id);
    expect(ids.filter((id) => !ARTICLE_ID.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every title, body and summary written in both languages', () => {
    expect(
      texts()
        .filter(({ text }) => text.trim() === '')
        .map(({ where }) => where),
    ).toEqual([]);
  });

  it('contains no raw HTML anywhere', () => {
    expect(
      texts()
        .filter(({ text }) => RAW_HTML.test(text))
        .map(({ where }) => where),
    ).toEqual([]);
  });

  it('passes the terms lint with no problem at all, every article counted as changed', () => {
    expect(lintTerms(VERSION, { changed: 'all' })).toEqual([]);
  });

  it.each(LANGUAGES)('reads at 50 or more in every body and every summary (%s)', (lang) => {
    expect(Math.min(...scores(lang, 'body'))).toBeGreaterThanOrEqual(50);
    expect(Math.min(...scores(lang, 'summary'))).toBeGreaterThanOrEqual(50);
  });
});
