// The actions on one member of the admin list: choose and save a role; suspend (after a confirmation
// dialog asking for the reason) or reinstate. An admin cannot do either to themself.
import { type MemberRole } from '@lovecando/shared-web-data';
import { elisionContext } from '@lovecando/shared-util';
import { Button, SelectField } from '@lovecando/shared-ui';
import { useUiLanguage } from '@lovecando/shared-web-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { apiProblems, problemMessage } from '../common/api-errors';
import { ROLES, roleLabel } from '../common/labels';
import { ReinstateMemberMutation, SetMemberRoleMutation } from '../identity.graphql';
import { SuspendDialog } from './SuspendDialog';
import { type ListedMember } from './useMemberList';

export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

export interface MemberActionProps {
  member: ListedMember;
  isSelf: boolean;
  /** Reports the outcome, with the member as the API returned it on success. */
  onDone: (notice: Notice, member?: ListedMember) => void;
}

export function MemberRoleControl({ member, isSelf, onDone }: MemberActionProps) {
  const { t } = useTranslation('identity');
  const [role, setRole] = useState<MemberRole>(member.role);
  const [{ fetching }, setMemberRole] = useMutation(SetMemberRoleMutation);
  const [language] = useUiLanguage();
  const name = member.displayName;

  if (isSelf) return roleLabel(member.role, t);

  const save = async () => {
    const result = await setMemberRole({ input: { memberId: member.id, role } });
    const updated = result.data?.setMemberRole;
    if (updated) {
      return onDone(
        { tone: 'success', text: t('admin.roleSaved', { name, role: roleLabel(updated.role, t) }) },
        updated,
      );
    }
    const [problem] = result.error ? apiProblems(result.error) : [];
    onDone({ tone: 'error', text: problem ? problemMessage(problem, t) : t('errors.generic') });
  };

  return (
    <div className="identity-inline">
      <SelectField
        label={t('admin.roleOf', { name, context: elisionContext(name, language) })}
        hideLabel
        options={ROLES.map((value) => ({ value, label: roleLabel(value, t) }))}
        value={role}
        onChange={setRole}
      />
      <Button
        variant="secondary"
        aria-label={t('admin.saveRoleOf', { name, context: elisionContext(name, language) })}
        isDisabled={fetching || role === member.role}
        onPress={() => void save()}
      >
        {t('admin.saveRole')}
      </Button>
    </div>
  );
}

export function MemberStatusControl({ member, isSelf, onDone }: MemberActionProps) {
  const { t } = useTranslation('identity');
  const [isDialogOpen, setDialogOpen] = useState(false);
  const [{ fetching }, reinstateMember] = useMutation(ReinstateMemberMutation);
  const name = member.displayName;
  const suspended = member.status === 'SUSPENDED';

  if (isSelf) return t('admin.you');

  const reinstate = async () => {
    const result = await reinstateMember({ memberId: member.id });
    const updated = result.data?.reinstateMember;
    if (updated) return onDone({ tone: 'success', text: t('admin.reinstated', { name }) }, updated);
    const [problem] = result.error ? apiProblems(result.error) : [];
    onDone({ tone: 'error', text: problem ? problemMessage(problem, t) : t('errors.generic') });
  };

  return (
    <>
      {/* One button whose action follows the status: the same element keeps the focus when the dialog
          closes, even though the member is now suspended. */}
      <Button
        variant="secondary"
        aria-label={suspended ? t('admin.reinstateLabel', { name }) : t('admin.suspendLabel', { name })}
        isDisabled={fetching}
        onPress={() => (suspended ? void reinstate() : setDialogOpen(true))}
      >
        {suspended ? t('admin.reinstate') : t('admin.suspend')}
      </Button>
      <SuspendDialog
        member={member}
        isOpen={isDialogOpen}
        onOpenChange={setDialogOpen}
        onSuspended={(updated) => {
          setDialogOpen(false);
          onDone({ tone: 'success', text: t('admin.suspended', { name }) }, updated);
        }}
      />
    </>
  );
}
