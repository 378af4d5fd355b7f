// A home-page section whose content comes with a later scope (policies in force, open proposals): its
// heading, then the design system's empty state saying in plain words that there is nothing yet and what
// will appear here. The section already has the height the first items will need, so the page does not
// shift when they arrive.
import { Badge, EmptyState, Heading } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';

export interface ComingSoonSectionProps {
  id: string;
  heading: string;
  message: string;
  hint: string;
}

export function ComingSoonSection({ id, heading, message, hint }: ComingSoonSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="home-empty" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {heading}
      </Heading>
      <EmptyState title={message} headingLevel={3} action={<Badge tone="info">{t('home.comingSoon')}</Badge>}>
        <p>{hint}</p>
      </EmptyState>
    </section>
  );
}
