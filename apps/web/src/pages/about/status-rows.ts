// Turns the HomeStatus query result (shown on the about page) into the labelled, translated rows of the
// status table.
import { type HomeStatusQuery as HomeStatusData } from '@lovecando/shared-web-data';
import { formatDateTime } from '@lovecando/shared-web-kit';
import { type TFunction } from 'i18next';

export interface StatusRow {
  id: string;
  label: string;
  value: string;
}

/** NODE_ENV values the API reports; anything else is shown as received. */
function environmentLabel(environment: string, t: TFunction): string {
  switch (environment) {
    case 'production':
      return t('status.environmentProduction');
    case 'development':
      return t('status.environmentDevelopment');
    case 'test':
      return t('status.environmentTest');
    default:
      return environment;
  }
}

export function statusRows({ about, health }: HomeStatusData, language: string, t: TFunction): StatusRow[] {
  return [
    { id: 'version', label: t('status.version'), value: about.version },
    { id: 'environment', label: t('status.environment'), value: environmentLabel(about.environment, t) },
    {
      id: 'startedAt',
      label: t('status.startedAt'),
      value: formatDateTime(about.startedAt, language, { timeStyle: 'medium' }),
    },
    {
      id: 'health',
      label: t('status.health'),
      value: health.status === 'READY' ? t('status.ready') : t('status.notReady'),
    },
    {
      id: 'database',
      label: t('status.database'),
      value: health.database ? t('status.databaseUp') : t('status.databaseDown'),
    },
    {
      id: 'migrations',
      label: t('status.migrations'),
      value: health.migrations ? t('status.migrationsApplied') : t('status.migrationsPending'),
    },
    {
      id: 'checkedAt',
      label: t('status.checkedAt'),
      value: formatDateTime(health.checkedAt, language, { timeStyle: 'medium' }),
    },
  ];
}
