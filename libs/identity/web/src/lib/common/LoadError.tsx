// The load-failure state of the pages that wait for the API before showing anything: the translated
// problem and, when the page can ask again, a retry button.
import { Alert, Button } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { apiProblems, problemMessage } from './api-errors';

export function LoadError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation('identity');
  const [problem] = apiProblems(error);
  return (
    <Alert
      tone="error"
      title={t('common.loadError')}
      action={
        onRetry ? (
          <Button variant="secondary" onPress={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {problem ? <p>{problemMessage(problem, t)}</p> : null}
    </Alert>
  );
}
