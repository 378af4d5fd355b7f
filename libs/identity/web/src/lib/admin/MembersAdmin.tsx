// The search form, the members found with their actions (MembersTable), "load more", and the outcome of the last
// action as an alert.
import { type MemberFilter } from '@lovecando/shared-web-data';
import { Alert, Button } from '@lovecando/shared-ui';
import { Loading } from '@lovecando/shared-web-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../common/LoadError';
import { type Viewer } from '../viewer/useViewer';
import { MemberFilters } from './MemberFilters';
import { type Notice } from './MemberActions';
import { MembersTable } from './MembersTable';
import { type ListedMember, useMemberList } from './useMemberList';

export function MembersAdmin({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('identity');
  const [filter, setFilter] = useState<MemberFilter>({});
  const [notice, setNotice] = useState<Notice>();
  const list = useMemberList(filter);

  const onDone = (next: Notice, member?: ListedMember) => {
    if (member) list.replace(member);
    setNotice(next);
  };

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
            <MembersTable members={list.members} viewer={viewer} onDone={onDone} />
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
