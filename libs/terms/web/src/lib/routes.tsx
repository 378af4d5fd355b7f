// The terms-of-use page and its address. /terms is linked from the footer of every page and from the
// sign-up form. The page's code (and markdown-it with it) is only fetched when a visitor opens it, so it
// adds nothing to what every other page loads first.
import { Loading } from '@lovecando/shared-web-kit';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { type RouteObject } from 'react-router';

const TermsPage = lazy(() =>
  import('./terms-page/TermsPage').then(({ TermsPage }) => ({ default: TermsPage })),
);

/** Says what is on its way while the page's code loads. */
function TermsLoading() {
  const { t } = useTranslation('terms');
  return <Loading label={t('loading')} />;
}

export const termsRoutes: RouteObject[] = [
  {
    path: 'terms',
    element: (
      <Suspense fallback={<TermsLoading />}>
        <TermsPage />
      </Suspense>
    ),
  },
];
