// A home-page section whose content comes with a later scope (policies in force, open proposals): its
// heading, then in plain words that there is nothing yet and what will appear here. The box already has
// the size the first items will need, so the page does not shift when they arrive.
import { Heading } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';

export interface EmptyStateProps {
  id: string;
  heading: string;
  message: string;
  hint: string;
}

export function EmptyState({ id, heading, message, hint }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <section className="home-empty" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {heading}
      </Heading>
      <div className="home-empty__box">
        <p className="home-empty__message">
          {message} <span className="home-tag">{t('home.comingSoon')}</span>
        </p>
        <p className="home-muted">{hint}</p>
      </div>
    </section>
  );
}
