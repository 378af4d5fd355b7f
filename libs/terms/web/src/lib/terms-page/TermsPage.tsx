// The public terms-of-use page (/terms): the version in force, readable by anyone without signing in, in
// the interface language. Its states: loading, load failure (with a retry), none published yet, loaded.
import { Alert, Button, Heading } from '@lovecando/shared-ui';
import { Loading, useDocumentTitle, useUiLanguage } from '@lovecando/shared-web-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { TermsOfUseQuery } from '../terms.graphql';
import { TermsDocument } from './TermsDocument';

export function TermsPage() {
  const { t } = useTranslation('terms');
  useDocumentTitle(t('title'));
  const [language] = useUiLanguage();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: TermsOfUseQuery });
  const loaded = Boolean(data?.termsOfUse);
  useScrollToHashOnceLoaded(loaded);

  let content;
  if (error) {
    content = (
      <Alert
        tone="error"
        title={t('loadError.title')}
        action={
          <Button
            variant="secondary"
            isDisabled={fetching}
            onPress={() => reexecute({ requestPolicy: 'network-only' })}
          >
            {t('loadError.retry')}
          </Button>
        }
      >
        <p>{t('loadError.body')}</p>
      </Alert>
    );
  } else if (!data) {
    content = <Loading label={t('loading')} />;
  } else if (!data.termsOfUse) {
    content = (
      <Alert tone="info" title={t('empty.title')}>
        <p>{t('empty.body')}</p>
      </Alert>
    );
  } else {
    content = <TermsDocument terms={data.termsOfUse} language={language} />;
  }

  return (
    <div className="terms-page">
      <Heading level={1}>{t('heading')}</Heading>
      {content}
    </div>
  );
}

/**
 * A link to one article (/terms#article-membership) arrives before the articles do, so the browser finds
 * no target to scroll to: once they are on the page, go to the article the address names. Running again
 * when the hash changes only repeats what the browser does for an in-page link.
 */
function useScrollToHashOnceLoaded(loaded: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (loaded && hash.length > 1) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [loaded, hash]);
}
