// Shown inside the layout when a page throws while rendering, instead of a blank screen.
import { Alert, Heading } from '@lovecando/shared-ui';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  useDocumentTitle(t('error.title'));
  return (
    <>
      <Heading level={1}>{t('error.heading')}</Heading>
      <Alert tone="error">
        <p>{t('error.body')}</p>
      </Alert>
      <p>
        <Link to="/">{t('error.home')}</Link>
      </p>
    </>
  );
}
