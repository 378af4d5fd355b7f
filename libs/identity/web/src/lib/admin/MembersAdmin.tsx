// The search form, the table of members with their actions, "load more", and the outcome of the last
// action as an alert.
import { type MemberFilter } from '@lovecando/shared-web-data';
import { Alert, Button, DataTable, type DataTableColumn } from '@lovecando/shared-ui';
import { formatDate, Loading, useUiLanguage } from '@lovecando/shared-web-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../common/labels';
import { LoadError } from '../common/LoadError';
import { type Viewer } from '../viewer/useViewer';
import { MemberFilters } from './MemberFilters';
import { MemberRoleControl, MemberStatusControl, type Notice } from './MemberActions';
import { type ListedMember, useMemberList } from './useMemberList';

export function MembersAdmin({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('identity');
  const [language] = useUiLanguage();
  const [filter, setFilter] = useState<MemberFilter>({});
  const [notice, setNotice] = useState<Notice>();
  const list = useMemberList(filter);

  const onDone = (next: Notice, member?: ListedMember) => {
    if (member) list.replace(member);
    setNotice(next);
  };

  const columns: DataTableColumn<ListedMember>[] = [
    { id: 'name', header: t('admin.columns.name'), cell: (member) => member.displayName, isRowHeader: true },
    { id: 'email', header: t('admin.columns.email'), cell: (member) => member.email },
    {
      id: 'role',
      header: t('admin.columns.role'),
      cell: (member) => (
        <MemberRoleControl member={member} isSelf={member.id === viewer.id} onDone={onDone} />
      ),
    },
    { id: 'status', header: t('admin.columns.status'), cell: (member) => statusLabel(member.status, t) },
    {
      id: 'joined',
      header: t('admin.columns.joined'),
      cell: (member) => <time dateTime={member.createdAt}>{formatDate(member.createdAt, language)}</time>,
    },
    {
      id: 'actions',
      header: t('admin.columns.actions'),
      cell: (member) => (
        <MemberStatusControl member={member} isSelf={member.id === viewer.id} onDone={onDone} />
      ),
    },
  ];

  return (
    <>
      <MemberFilters
        onApply={(next) => {
          setNotice(undefined);
          setFilter(next);
        }}
      />
      {notice ? <Alert tone={notice.tone} title={notice.text} /> : null}
      {list.error && list.members.length === 0 ? <LoadError error={list.error} onRetry={list.retry} /> : null}
      {list.totalCount === undefined && !list.error ? <Loading /> : null}
      {list.totalCount !== undefined ? (
        <section aria-labelledby="members-result">
          <p id="members-result" className="identity-result-count">
            {t('admin.count', { count: list.totalCount })}
          </p>
          {list.members.length > 0 ? (
            <DataTable
              caption={t('admin.caption')}
              scrollLabel={t('admin.caption')}
              columns={columns}
              rows={list.members}
              getRowKey={(member) => member.id}
            />
          ) : (
            <p>{t('admin.empty')}</p>
          )}
          {list.error && list.members.length > 0 ? <LoadError error={list.error} /> : null}
          {list.hasNextPage ? (
            <Button variant="secondary" onPress={() => void list.loadMore()} isDisabled={list.loadingMore}>
              {list.loadingMore ? t('common.loading') : t('admin.loadMore')}
            </Button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
