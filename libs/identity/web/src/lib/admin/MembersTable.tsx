// The members found, with their actions: a table on a wide screen, one card per member on a phone (CSS
// only, so there is one copy of each control). Table roles are stated explicitly because some browsers
// drop a table's semantics once CSS changes how its rows are displayed. Each cell also carries its
// column's name for the card view; screen readers skip it (aria-hidden) since they have the headers.
import { formatDate, useUiLanguage } from '@lovecando/shared-web-kit';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../common/labels';
import { type Viewer } from '../viewer/useViewer';
import { MemberRoleControl, MemberStatusControl, type Notice } from './MemberActions';
import { type ListedMember } from './useMemberList';

export interface MembersTableProps {
  members: readonly ListedMember[];
  viewer: Viewer;
  onDone: (notice: Notice, member?: ListedMember) => void;
}

/** The address with break opportunities after "@" and before each dot, where a reader expects them. */
function breakableEmail(email: string): ReactNode {
  return email.split(/(?=\.)|(?<=@)/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

type Column = 'name' | 'email' | 'role' | 'status' | 'joined' | 'actions';
const COLUMNS: readonly Column[] = ['name', 'email', 'role', 'status', 'joined', 'actions'];

export function MembersTable({ members, viewer, onDone }: MembersTableProps) {
  const { t } = useTranslation('identity');
  const [language] = useUiLanguage();

  /** A data cell with its column's name shown above the value in the card view. */
  const cell = (column: Column, value: ReactNode) => (
    // Explicit on purpose (see the header comment): the card view changes the cell's display.
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className={`identity-members__cell identity-members__cell--${column}`}>
      <span className="identity-members__label" aria-hidden="true">
        {t(`admin.columns.${column}`)}
      </span>
      <div className="identity-members__value">{value}</div>
    </td>
  );

  return (
    <table role="table" className="lcd-table identity-members">
      <caption className="lcd-table__caption">{t('admin.caption')}</caption>
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- kept when the card view restyles it */}
      <thead role="rowgroup" className="identity-members__head">
        <tr role="row">
          {COLUMNS.map((column) => (
            <th key={column} role="columnheader" scope="col">
              {t(`admin.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- kept when the card view restyles it */}
      <tbody role="rowgroup">
        {members.map((member) => {
          const isSelf = member.id === viewer.id;
          return (
            <tr key={member.id} role="row" className="identity-members__member">
              <th role="rowheader" scope="row" className="identity-members__name">
                {member.displayName}
              </th>
              {cell(
                'email',
                <span className="identity-members__email">
                  {member.email ? breakableEmail(member.email) : null}
                </span>,
              )}
              {cell('role', <MemberRoleControl member={member} isSelf={isSelf} onDone={onDone} />)}
              {cell('status', <span>{statusLabel(member.status, t)}</span>)}
              {cell(
                'joined',
                <time dateTime={member.createdAt}>{formatDate(member.createdAt, language)}</time>,
              )}
              {cell('actions', <MemberStatusControl member={member} isSelf={isSelf} onDone={onDone} />)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
