// The terms scope's web manifest: the terms-of-use page, its texts (namespace "terms") and how the cache
// stores versions of the terms.
import { type WebFeature } from '@lovecando/shared-web-data';
import { TERMS_NAMESPACE, termsResources, type TermsTranslations } from './i18n/resources';
import { termsRoutes } from './lib/routes';
import { TermsOfUseQuery } from './lib/terms.graphql';

export const termsWebFeature: WebFeature<typeof TERMS_NAMESPACE, TermsTranslations> = {
  name: 'terms',
  routes: termsRoutes,
  i18n: { namespace: TERMS_NAMESPACE, resources: termsResources },
  cache: {
    keys: {
      // A version of the terms is identified by its ordinal. An article's id ("membership") stays the
      // same from one version to the next while its text changes, so it is no key: each article is
      // stored inside its version, as are the scores, which have no identity of their own.
      TermsVersion: (data) => (typeof data['ordinal'] === 'number' ? String(data['ordinal']) : null),
      TermsArticle: () => null,
      LocalizedReadability: () => null,
      Readability: () => null,
    },
    // The published terms are the same for every visitor.
    visitorIndependentQueries: ['termsOfUse'],
  },
  // The terms page's one query, asked while its code (and markdown-it) downloads.
  prefetch: (client, path) => {
    if (path === '/terms') void client.query(TermsOfUseQuery, {}).toPromise();
  },
};
