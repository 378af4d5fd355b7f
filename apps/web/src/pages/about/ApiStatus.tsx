// Live facts about the API (version, environment, readiness of the database and migrations) as a table,
// with translated loading and error states.
import { Alert, Button, DataTable, type DataTableColumn } from '@lovecando/shared-ui';
import { useUiLanguage } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { HomeStatusQuery } from './about.graphql';
import { statusRows, type StatusRow } from './status-rows';

export function ApiStatus() {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const [{ data, fetching, error }, reexecuteQuery] = useQuery({ query: HomeStatusQuery });

  if (data) {
    const columns: DataTableColumn<StatusRow>[] = [
      { id: 'item', header: t('status.columnItem'), cell: (row) => row.label, isRowHeader: true },
      { id: 'value', header: t('status.columnValue'), cell: (row) => row.value },
    ];
    return (
      <DataTable
        caption={t('status.caption')}
        columns={columns}
        rows={statusRows(data, language, t)}
        getRowKey={(row) => row.id}
      />
    );
  }
  if (error) {
    return (
      <Alert
        tone="error"
        title={t('status.errorTitle')}
        action={
          <Button variant="secondary" onPress={() => reexecuteQuery({ requestPolicy: 'network-only' })}>
            {t('status.retry')}
          </Button>
        }
      >
        <p>{t('status.errorBody')}</p>
      </Alert>
    );
  }
  return fetching ? <Alert tone="info" title={t('status.loading')} /> : null;
}
