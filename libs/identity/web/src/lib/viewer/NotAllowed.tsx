// Shown to a signed-in member who opens a page their role does not give access to.
import { Alert, Heading } from '@lovecando/shared-ui';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotAllowed() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('notAllowed.title'));
  return (
    <>
      <Heading level={1}>{t('notAllowed.heading')}</Heading>
      <Alert tone="warning">
        <p>{t('notAllowed.body')}</p>
      </Alert>
      <p>
        <Link to="/">{t('common.home')}</Link>
      </p>
    </>
  );
}
