// Changing the password with the current one. The API ends the member's other sessions and renews this
// one; the cache then asks for `me` again (see the graphcache updates in shared-web-data).
import { Alert, Button } from '@lovecando/shared-ui';
import { type FormErrors, FormErrorSummary, hasErrors, useFormErrors } from '@lovecando/shared-web-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formErrors } from '../common/api-errors';
import { PasswordField } from '../common/fields';
import { MIN_PASSWORD_LENGTH } from '../common/limits';
import { ChangePasswordMutation } from '../identity.graphql';

type Field = 'currentPassword' | 'newPassword';

export function ChangePasswordForm() {
  const { t } = useTranslation('identity');
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changed, setChanged] = useState(false);
  const { errors, setErrors, formRef, summaryRef } = useFormErrors<Field>();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    const local: FormErrors<Field> = { fields: {} };
    if (!currentPassword) local.fields.currentPassword = t('errors.passwordRequired');
    if (newPassword.length < MIN_PASSWORD_LENGTH) local.fields.newPassword = t('errors.passwordTooShort');
    if (hasErrors(local)) return setErrors(local);

    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.error) {
      return setErrors(
        formErrors(result.error, t, {
          fieldOf: { 'input.currentPassword': 'currentPassword', 'input.newPassword': 'newPassword' },
        }),
      );
    }
    setErrors(undefined);
    setCurrentPassword('');
    setNewPassword('');
    setChanged(true);
  };

  return (
    <>
      <FormErrorSummary message={errors?.summary} ref={summaryRef} />
      {changed ? <Alert tone="success" title={t('profile.passwordChanged')} /> : null}
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <PasswordField
          kind="current"
          label={t('fields.currentPassword')}
          name="currentPassword"
          value={currentPassword}
          onChange={setCurrentPassword}
          errorMessage={errors?.fields.currentPassword}
        />
        <PasswordField
          kind="new"
          label={t('fields.newPassword')}
          name="newPassword"
          value={newPassword}
          onChange={setNewPassword}
          errorMessage={errors?.fields.newPassword}
        />
        <Button type="submit" isDisabled={fetching}>
          {t('profile.changePassword')}
        </Button>
      </form>
    </>
  );
}
