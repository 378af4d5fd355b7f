// Confirmation before suspending a member: the reason is required (the member sees it), and nothing
// happens until the admin confirms. Errors are shown inside the dialog, where the admin's focus is.
import { Alert, Button, ModalDialog, TextField } from '@lovecando/shared-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formErrors } from '../common/api-errors';
import { MAX_SUSPENSION_REASON_LENGTH, MIN_SUSPENSION_REASON_LENGTH } from '../common/limits';
import { SuspendMemberMutation } from '../identity.graphql';
import { type ListedMember } from './useMemberList';

export interface SuspendDialogProps {
  member: ListedMember;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onSuspended: (member: ListedMember) => void;
}

export function SuspendDialog({ member, isOpen, onOpenChange, onSuspended }: SuspendDialogProps) {
  const { t } = useTranslation('identity');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [summary, setSummary] = useState<string>();
  const [{ fetching }, suspendMember] = useMutation(SuspendMemberMutation);

  const close = () => {
    setReason('');
    setReasonError(undefined);
    setSummary(undefined);
    onOpenChange(false);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < MIN_SUSPENSION_REASON_LENGTH || trimmed.length > MAX_SUSPENSION_REASON_LENGTH) {
      return setReasonError(t('errors.reasonInvalid'));
    }
    const result = await suspendMember({ input: { memberId: member.id, reason: trimmed } });
    const updated = result.data?.suspendMember;
    if (updated) {
      setReason('');
      setReasonError(undefined);
      setSummary(undefined);
      return onSuspended(updated);
    }
    if (result.error) {
      const errors = formErrors(result.error, t, {
        fieldOf: { 'input.reason': 'reason' },
        badInput: () => t('errors.reasonInvalid'),
      });
      setReasonError(errors.fields.reason);
      setSummary(errors.summary);
    }
  };

  return (
    <ModalDialog
      role="alertdialog"
      isOpen={isOpen}
      onOpenChange={(open) => (open ? onOpenChange(true) : close())}
      title={t('admin.suspendTitle', { name: member.displayName })}
    >
      <p>{t('admin.suspendIntro')}</p>
      {summary ? <Alert tone="error" title={summary} /> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          label={t('admin.reason')}
          description={t('admin.reasonHint')}
          name="reason"
          value={reason}
          onChange={setReason}
          errorMessage={reasonError}
          // The dialog opens on its only field: the admin types the reason at once.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <div className="identity-actions">
          <Button type="submit" isDisabled={fetching}>
            {t('admin.confirmSuspend')}
          </Button>
          <Button variant="secondary" onPress={close}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
