// Golden scenarios of the terms lint: exact problem lists for a version with one article of each kind.
import { type LocalizedText } from '@lovecando/shared-util';
import { type Article, type TermsVersion } from '../document/types.js';
import { lintTerms } from './lint-terms.js';

const NBSP = '\u00a0';

const article = (id: string, number: number, body: LocalizedText, summary: LocalizedText): Article => ({
  id,
  number,
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  body,
  summary,
});

const EASY_BODY = {
  fr: 'Vous pouvez partir quand vous voulez. Nous effaçons vos données.', // 84.165
  en: 'You can leave at any time. We delete your data.', // 91.78
};
const FINE_SUMMARY = { fr: 'Vous partez quand vous voulez.', en: 'You may leave whenever you want.' };

const OK = article('ok', 1, EASY_BODY, FINE_SUMMARY);
const MISSING = article('missing', 2, EASY_BODY, { fr: ' … ', en: '   ' });
const COPY = article('copy', 3, EASY_BODY, {
  // The body's words in other clothes: a copy.
  fr: '**Vous pouvez partir** quand vous voulez ; nous effaçons vos données !',
  // The body's first sentence, 6 of its 10 words: a fair summary.
  en: 'You can leave at any time.',
});
const HARD = article(
  'hard',
  4,
  {
    // Les[1] informations[4] personnelles[3] sont[1] traitées[2] conformément[4] aux[1] réglementations[5]
    // applicables[3]: 9 words, 1 sentence, 24 syllables → 207 − 1.015 × 9 − 73.6 × 24/9 = 207 − 9.135 − 196.2666… = 1.598…
    fr: 'Les informations personnelles sont traitées conformément aux réglementations applicables.',
    // Vote[1] by[1] 30[2] June[1] 2025[4]: 5 words, 1 sentence, 9 syllables → 206.835 − 5.075 − 152.28 = 49.48
    en: 'Vote by 30 June 2025.',
  },
  FINE_SUMMARY,
);

const VERSION: TermsVersion = { articles: [OK, MISSING, COPY, HARD], hash: 'test' };

describe('lintTerms', () => {
  it('reports every problem of the changed articles, in article, language and check order', () => {
    expect(lintTerms(VERSION, { changed: 'all' })).toEqual([
      {
        code: 'SUMMARY_REQUIRED',
        articleId: 'missing',
        path: 'articles.1.summary.fr',
        severity: 'error',
        message: {
          fr: `Le résumé (français) de l’article 2 manque${NBSP}: chaque article modifié a besoin d’un résumé en mots simples.`,
          en: 'The French summary of article 2 is missing: every changed article needs a plain-language summary.',
        },
      },
      {
        code: 'SUMMARY_REQUIRED',
        articleId: 'missing',
        path: 'articles.1.summary.en',
        severity: 'error',
        message: {
          fr: `Le résumé (anglais) de l’article 2 manque${NBSP}: chaque article modifié a besoin d’un résumé en mots simples.`,
          en: 'The English summary of article 2 is missing: every changed article needs a plain-language summary.',
        },
      },
      {
        code: 'SUMMARY_SAME_AS_BODY',
        articleId: 'copy',
        path: 'articles.2.summary.fr',
        severity: 'warning',
        message: {
          fr: `Le résumé (français) de l’article 3 répète le texte${NBSP}: dites en quelques mots simples ce que l’article change pour les membres.`,
          en: 'The French summary of article 3 repeats the body: say in a few plain words what the article means for members.',
        },
      },
      {
        code: 'READABILITY_BELOW_MINIMUM',
        articleId: 'hard',
        path: 'articles.3.body.fr',
        severity: 'warning',
        message: {
          fr: `Lisibilité${NBSP}: 1,5 (très difficile), minimum 50. Texte (français) de l’article 4${NBSP}: des phrases plus courtes et des mots plus simples aident.`,
          en: 'Readability: 1.5 (very difficult), minimum 50. French body of article 4: shorter sentences and simpler words help.',
        },
      },
      {
        code: 'READABILITY_BELOW_MINIMUM',
        articleId: 'hard',
        path: 'articles.3.body.en',
        severity: 'warning',
        message: {
          // 49.48 is shown cut to 49.4, never rounded up to a score that would look like the minimum.
          fr: `Lisibilité${NBSP}: 49,4 (difficile), minimum 50. Texte (anglais) de l’article 4${NBSP}: des phrases plus courtes et des mots plus simples aident.`,
          en: 'Readability: 49.4 (difficult), minimum 50. English body of article 4: shorter sentences and simpler words help.',
        },
      },
    ]);
  });

  it('checks only the changed articles', () => {
    expect(lintTerms(VERSION, { changed: new Set(['ok', 'copy']) }).map((p) => [p.code, p.path])).toEqual([
      ['SUMMARY_SAME_AS_BODY', 'articles.2.summary.fr'],
    ]);
    expect(lintTerms(VERSION, { changed: new Set() })).toEqual([]);
    expect(lintTerms(VERSION, { changed: new Set(['unknown']) })).toEqual([]);
  });

  it('holds the plain-language summary to the same minimum as the body', () => {
    // Les[1] informations[4] personnelles[3] sont[1] traitées[2] conformément[4] aux[1] réglementations[5]
    // applicables[3]: 1.598… as above. The English summary is fine.
    const hardSummary = article('hard-summary', 1, EASY_BODY, {
      fr: 'Les informations personnelles sont traitées conformément aux réglementations applicables.',
      en: FINE_SUMMARY.en,
    });
    const version: TermsVersion = { articles: [hardSummary], hash: 'test' };
    expect(lintTerms(version, { changed: 'all' })).toEqual([
      {
        code: 'READABILITY_BELOW_MINIMUM',
        articleId: 'hard-summary',
        path: 'articles.0.summary.fr',
        severity: 'warning',
        message: {
          fr: `Lisibilité${NBSP}: 1,5 (très difficile), minimum 50. Résumé (français) de l’article 1${NBSP}: des phrases plus courtes et des mots plus simples aident.`,
          en: 'Readability: 1.5 (very difficult), minimum 50. French summary of article 1: shorter sentences and simpler words help.',
        },
      },
    ]);
  });

  it('takes the minimum score per language from the options', () => {
    const lenient = lintTerms(VERSION, { changed: new Set(['hard']), minScore: { fr: 1.5, en: 49 } });
    expect(lenient).toEqual([]);
    const strict = lintTerms(VERSION, { changed: new Set(['ok']), minScore: { fr: 85.5, en: 60 } });
    expect(strict.map((p) => [p.path, p.message.fr])).toEqual([
      [
        'articles.0.body.fr',
        `Lisibilité${NBSP}: 84,1 (facile), minimum 85,5. Texte (français) de l’article 1${NBSP}: des phrases plus courtes et des mots plus simples aident.`,
      ],
    ]);
  });

  it('finds nothing to say about an empty version', () => {
    expect(lintTerms({ articles: [], hash: 'empty' }, { changed: 'all' })).toEqual([]);
  });
});
