// Home page: what LoveCanDo is, then live data from the API (status table and server clock).
import { Heading } from '@lovecando/shared-ui';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { ApiStatus } from './ApiStatus';
import { ServerClock } from './ServerClock';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <Heading level={1}>{t('home.heading')}</Heading>
      <p className="lead">{t('home.intro')}</p>

      <section aria-labelledby="status-heading">
        <Heading level={2} id="status-heading">
          {t('status.heading')}
        </Heading>
        <ApiStatus />
      </section>

      <section aria-labelledby="clock-heading">
        <Heading level={2} id="clock-heading">
          {t('clock.heading')}
        </Heading>
        <p>{t('clock.description')}</p>
        <ServerClock />
      </section>
    </>
  );
}
