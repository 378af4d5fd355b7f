// The API's clock, pushed once a second over the graphql-ws subscription: visible proof that the live
// channel works. Deliberately not an aria-live region, which would make a screen reader talk every second.
import { Alert } from '@lovecando/shared-ui';
import { formatDateTime, useUiLanguage } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import { ServerTimeSubscription } from './about.graphql';

export function ServerClock() {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const [{ data, error }] = useSubscription({ query: ServerTimeSubscription });

  if (error && !data) {
    return (
      <Alert tone="warning" title={t('clock.errorTitle')}>
        <p>{t('clock.errorBody')}</p>
      </Alert>
    );
  }
  if (!data) return <Alert tone="info" title={t('clock.connecting')} />;
  return (
    <p className="server-clock">
      <time dateTime={data.serverTime}>
        {formatDateTime(data.serverTime, language, { dateStyle: 'full', timeStyle: 'medium' })}
      </time>
    </p>
  );
}
