// The waiting state of a page that needs the API (or its own code) before it can show anything: a polite
// status message, so a screen reader announces it without interrupting.
import { Alert } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('kit');
  return <Alert tone="info" title={label ?? t('loading')} />;
}
