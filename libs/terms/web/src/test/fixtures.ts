// Terms of use as the API returns them, for the page tests: two short articles whose scores test the
// one-decimal display (cut, not rounded) in both languages.
import { type TermsOfUseQuery } from '@lovecando/shared-web-data';

export type TermsData = NonNullable<TermsOfUseQuery['termsOfUse']>;
type ArticleData = TermsData['articles'][number];

export const HASH = '3f2a9c1b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8';

export const article = (overrides: Partial<ArticleData> = {}): ArticleData => ({
  id: 'purpose',
  number: 1,
  title: { fr: 'Ce qu’est LoveCanDo', en: 'What LoveCanDo is' },
  summary: {
    fr: 'Une fondation sans but lucratif, gérée par ses membres.',
    en: 'A non-profit foundation run by its members.',
  },
  body: {
    fr: 'LoveCanDo **appartient** à ses membres.\n\n- Vous gardez la main.\n- Vous pouvez partir.',
    en: 'LoveCanDo is **owned** by its members.\n\n- You stay in charge.\n- You can leave.',
  },
  bodyReadability: {
    fr: { score: 89.36, band: 'EASY' },
    en: { score: 49.96, band: 'DIFFICULT' },
  },
  ...overrides,
});

export const terms = (overrides: Partial<TermsData> = {}): TermsData => ({
  ordinal: 1,
  hash: HASH,
  publishedAt: '2026-03-01T09:30:00.000Z',
  readability: {
    fr: { score: 89.36, band: 'EASY' },
    en: { score: 85.67, band: 'EASY' },
  },
  articles: [
    article(),
    article({
      id: 'membership',
      number: 2,
      title: { fr: 'Devenir membre', en: 'Becoming a member' },
      summary: { fr: 'Toute personne majeure peut adhérer.', en: 'Any adult can join.' },
      body: {
        fr: 'Voir l’[article 1](#article-purpose).',
        en: 'See [article 1](#article-purpose).',
      },
      bodyReadability: {
        fr: { score: 72.45, band: 'FAIRLY_EASY' },
        en: { score: 64.0, band: 'STANDARD' },
      },
    }),
  ],
  ...overrides,
});
