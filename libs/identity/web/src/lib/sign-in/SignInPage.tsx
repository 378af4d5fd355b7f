// Sign-in with email and password. On success the session cookie is set by the API and the member goes
// back to the page that sent them here (`?next=`, same site only) or home.
import { Button, Heading } from '@lovecando/shared-ui';
import {
  type FormErrors,
  FormErrorSummary,
  hasErrors,
  useDocumentTitle,
  useFormErrors,
  useUiLanguage,
} from '@lovecando/shared-web-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { formErrors } from '../common/api-errors';
import { safeNextPath } from '../common/safe-next-path';
import { EmailField, PasswordField } from '../common/fields';
import { SignInMutation } from '../identity.graphql';
import { useRefreshViewer } from '../viewer/useViewer';

type Field = 'email' | 'password';

export function SignInPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const refreshViewer = useRefreshViewer();
  const [, setLanguage] = useUiLanguage();
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, setErrors, formRef, summaryRef } = useFormErrors<Field>();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: FormErrors<Field> = { fields: {} };
    if (!email.trim()) local.fields.email = t('errors.emailRequired');
    if (!password) local.fields.password = t('errors.passwordRequired');
    if (hasErrors(local)) return setErrors(local);

    const result = await signIn({ input: { email: email.trim(), password } });
    if (result.error) {
      return setErrors(
        formErrors(result.error, t, {
          fieldOf: { 'input.email': 'email', 'input.password': 'password' },
          badInput: (field) => (field === 'email' ? t('errors.emailInvalid') : undefined),
        }),
      );
    }
    setErrors(undefined);
    // The account's language becomes the interface language, as the profile's choice does.
    if (result.data) setLanguage(result.data.signIn.locale);
    await refreshViewer();
    await navigate(safeNextPath(searchParams.get('next')), { replace: true });
  };

  return (
    <>
      <Heading level={1}>{t('signIn.heading')}</Heading>
      <FormErrorSummary message={errors?.summary} ref={summaryRef} />
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <EmailField signIn value={email} onChange={setEmail} errorMessage={errors?.fields.email} />
        <PasswordField
          kind="current"
          label={t('fields.password')}
          name="password"
          value={password}
          onChange={setPassword}
          errorMessage={errors?.fields.password}
        />
        <Button type="submit" isDisabled={fetching}>
          {fetching ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </form>
      <ul className="identity-links">
        <li>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </li>
        <li>
          {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.signUp')}</Link>
        </li>
      </ul>
    </>
  );
}
