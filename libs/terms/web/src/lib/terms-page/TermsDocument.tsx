// One published version of the terms of use, in the interface language: what identifies the version
// (number, date, fingerprint), how readable it is, a table of contents, then every article with its
// plain-language summary and its full text.
import { Heading } from '@lovecando/shared-ui';
import { type Language } from '@lovecando/shared-util';
import { type TermsOfUseQuery } from '@lovecando/shared-web-data';
import { LocalDate } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { MarkdownBody } from '../markdown/MarkdownBody';
import { articleReadability, overallReadability } from './readability';

export type TermsVersionData = NonNullable<TermsOfUseQuery['termsOfUse']>;
type ArticleData = TermsVersionData['articles'][number];

/** How many hexadecimal digits of the fingerprint are shown before the visitor asks for all 64. */
const SHORT_HASH_LENGTH = 12;

/** The anchor of an article, the target of its table-of-contents link (ids are [a-z0-9-] only). */
export const articleAnchor = (articleId: string): string => `article-${articleId}`;

export function TermsDocument({ terms, language }: { terms: TermsVersionData; language: Language }) {
  const { t } = useTranslation('terms');
  const articleHeading = (article: ArticleData) =>
    t('article.heading', { number: article.number, title: article.title[language] });

  return (
    <>
      <dl className="terms-facts">
        <dt>{t('version.number')}</dt>
        <dd>{terms.ordinal}</dd>
        <dt>{t('version.publishedAt')}</dt>
        <dd>
          <LocalDate value={terms.publishedAt} language={language} dateStyle="long" />
        </dd>
        <dt>{t('version.hash')}</dt>
        <dd>
          <details className="terms-hash">
            <summary>
              <code>{`${terms.hash.slice(0, SHORT_HASH_LENGTH)}…`}</code>{' '}
              <span className="terms-hash__toggle">({t('version.showHash')})</span>
            </summary>
            <code className="terms-hash__full">{terms.hash}</code>
          </details>
          <p className="terms-note">{t('version.hashExplanation')}</p>
        </dd>
      </dl>

      <div className="terms-readability">
        <p className="terms-readability__score">
          {overallReadability(terms.readability[language], language, t)}
        </p>
        <p className="terms-note">{t('readability.scale')}</p>
      </div>

      <nav className="terms-toc" aria-labelledby="terms-toc-heading">
        <Heading level={2} id="terms-toc-heading">
          {t('toc.heading')}
        </Heading>
        <ol>
          {terms.articles.map((article) => (
            <li key={article.id}>
              <a href={`#${articleAnchor(article.id)}`}>{articleHeading(article)}</a>
            </li>
          ))}
        </ol>
      </nav>

      {terms.articles.map((article) => (
        <section
          key={article.id}
          id={articleAnchor(article.id)}
          className="terms-article"
          aria-labelledby={`${articleAnchor(article.id)}-heading`}
        >
          <Heading level={2} id={`${articleAnchor(article.id)}-heading`}>
            {articleHeading(article)}
          </Heading>
          <div className="terms-summary">
            <p className="terms-summary__label">{t('article.inShort')}</p>
            <p>{article.summary[language]}</p>
          </div>
          <MarkdownBody className="terms-body" text={article.body[language]} />
          <p className="terms-note">{articleReadability(article.bodyReadability[language], language, t)}</p>
        </section>
      ))}
    </>
  );
}
