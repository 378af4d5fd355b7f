// Target of the emailed reset link. It first asks whether the link can still be used, so a visitor with
// an old link is told at once instead of after typing a new password twice; then the new password
// (typed twice, compared here). Every session of the member ends, so the page then leads to signing in.
import { Alert, Button, Heading } from '@lovecando/shared-ui';
import {
  type FormErrors,
  FormErrorSummary,
  hasErrors,
  Loading,
  useDocumentTitle,
  useFormErrors,
} from '@lovecando/shared-web-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiProblems, formErrors } from '../common/api-errors';
import { MIN_PASSWORD_LENGTH } from '../common/limits';
import { useLinkToken } from '../common/link-token';
import { LoadError } from '../common/LoadError';
import { PasswordField } from '../common/fields';
import { PasswordResetLinkUsableQuery, ResetPasswordMutation } from '../identity.graphql';

type Field = 'password' | 'confirmation';
type Outcome = 'form' | 'done' | 'invalid';

export function ResetPasswordPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('resetPassword.title'));
  const token = useLinkToken();
  const [check, recheck] = useQuery({
    query: PasswordResetLinkUsableQuery,
    variables: { token },
    pause: !token,
    requestPolicy: 'network-only',
  });
  const [{ fetching }, resetPassword] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('form');
  const { errors, setErrors, formRef, summaryRef } = useFormErrors<Field>();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: FormErrors<Field> = { fields: {} };
    if (password.length < MIN_PASSWORD_LENGTH) local.fields.password = t('errors.passwordTooShort');
    if (confirmation !== password) local.fields.confirmation = t('errors.passwordMismatch');
    if (hasErrors(local)) return setErrors(local);

    const result = await resetPassword({ input: { token, password } });
    if (result.error) {
      // A token of the wrong shape is refused as bad input on the token: for the visitor it is the same.
      const invalid = apiProblems(result.error).some(
        (problem) => problem.code === 'INVALID_TOKEN' || problem.field === 'input.token',
      );
      if (invalid) return setOutcome('invalid');
      return setErrors(formErrors(result.error, t, { fieldOf: { 'input.password': 'password' } }));
    }
    setOutcome('done');
  };

  if (token && outcome === 'form' && !check.data) {
    return (
      <>
        <Heading level={1}>{t('resetPassword.heading')}</Heading>
        {check.error ? (
          <LoadError error={check.error} onRetry={() => recheck({ requestPolicy: 'network-only' })} />
        ) : (
          <Loading label={t('resetPassword.checking')} />
        )}
      </>
    );
  }
  if (!token || outcome === 'invalid' || check.data?.passwordResetLinkUsable === false) {
    return (
      <>
        <Heading level={1}>{t('resetPassword.heading')}</Heading>
        <Alert tone="error" title={t('resetPassword.invalidTitle')}>
          <p>{t('resetPassword.invalidBody')}</p>
        </Alert>
        <p>
          <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
        </p>
      </>
    );
  }
  if (outcome === 'done') {
    return (
      <>
        <Heading level={1}>{t('resetPassword.heading')}</Heading>
        <Alert tone="success" title={t('resetPassword.doneTitle')}>
          <p>{t('resetPassword.doneBody')}</p>
        </Alert>
        <p>
          <Link to="/sign-in">{t('resetPassword.signIn')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{t('resetPassword.heading')}</Heading>
      <FormErrorSummary message={errors?.summary} ref={summaryRef} />
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <PasswordField
          kind="new"
          label={t('fields.newPassword')}
          name="password"
          value={password}
          onChange={setPassword}
          errorMessage={errors?.fields.password}
        />
        <PasswordField
          kind="confirm"
          label={t('fields.confirmPassword')}
          name="confirmation"
          value={confirmation}
          onChange={setConfirmation}
          errorMessage={errors?.fields.confirmation}
        />
        <Button type="submit" isDisabled={fetching}>
          {t('resetPassword.submit')}
        </Button>
      </form>
    </>
  );
}
