// Shown for any address that matches no route; the API falls back to the app for unknown paths.
import { Heading } from '@lovecando/shared-ui';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1}>{t('notFound.heading')}</Heading>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
