// The page's waiting state, also shown while the page's code is still on its way: a polite status
// message, so a screen reader announces it without interrupting.
import { Alert } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation('terms');
  return <Alert tone="info" title={t('loading')} />;
}
