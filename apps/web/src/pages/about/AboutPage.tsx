// About page: what the software is, then the platform's live technical state (status table and server
// clock), for whoever wants to check that everything works. Linked from the footer of every page.
import { Heading } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { ApiStatus } from './ApiStatus';
import { ServerClock } from './ServerClock';

export function AboutPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('about.title'));
  return (
    <div className="about-page">
      <Heading level={1}>{t('about.heading')}</Heading>
      <p className="lead">{t('about.intro')}</p>

      <section aria-labelledby="status-heading">
        <Heading level={2} id="status-heading">
          {t('status.heading')}
        </Heading>
        <p>{t('about.statusIntro')}</p>
        <ApiStatus />
      </section>

      <section aria-labelledby="clock-heading">
        <Heading level={2} id="clock-heading">
          {t('clock.heading')}
        </Heading>
        <p>{t('clock.description')}</p>
        <ServerClock />
      </section>
    </div>
  );
}
