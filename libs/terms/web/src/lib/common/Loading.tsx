// The page's waiting state while the terms are on their way: a polite status
// message, so a screen reader announces it without interrupting.
import { Alert } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation('terms');
  return <Alert tone="info" title={t('loading')} />;
}
