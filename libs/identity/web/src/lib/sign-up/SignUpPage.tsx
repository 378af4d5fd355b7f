// Creating an account: email, display name, password and language. The API answers the same whether or
// not the address is already registered (it emails that person instead), so the next page only says
// "check your email".
import { type Language } from '@lovecando/shared-web-data';
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
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { formErrors } from '../common/api-errors';
import { MAX_DISPLAY_NAME_LENGTH, MIN_PASSWORD_LENGTH } from '../common/limits';
import { DisplayNameField, EmailField, LanguageField, PasswordField } from '../common/fields';
import { SignUpMutation } from '../identity.graphql';

type Field = 'email' | 'displayName' | 'password' | 'locale';

export function SignUpPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('signUp.title'));
  const navigate = useNavigate();
  const [uiLanguage] = useUiLanguage();
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  // The account's language starts as the one the visitor is reading.
  const [locale, setLocale] = useState<Language>(uiLanguage);
  const { errors, setErrors, formRef, summaryRef } = useFormErrors<Field>();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: FormErrors<Field> = { fields: {} };
    if (!email.trim()) local.fields.email = t('errors.emailRequired');
    const name = displayName.trim();
    if (!name || name.length > MAX_DISPLAY_NAME_LENGTH)
      local.fields.displayName = t('errors.displayNameInvalid');
    if (password.length < MIN_PASSWORD_LENGTH) local.fields.password = t('errors.passwordTooShort');
    if (hasErrors(local)) return setErrors(local);

    const input = { email: email.trim(), displayName: name, password, locale };
    const result = await signUp({ input });
    if (result.error) {
      return setErrors(
        formErrors(result.error, t, {
          fieldOf: {
            'input.email': 'email',
            'input.displayName': 'displayName',
            'input.password': 'password',
            'input.locale': 'locale',
          },
          badInput: (field) =>
            field === 'email'
              ? t('errors.emailInvalid')
              : field === 'displayName'
                ? t('errors.displayNameInvalid')
                : undefined,
        }),
      );
    }
    await navigate('/sign-up/check-email', { state: { email: input.email } });
  };

  return (
    <>
      <Heading level={1}>{t('signUp.heading')}</Heading>
      <p>{t('signUp.intro')}</p>
      <FormErrorSummary message={errors?.summary} ref={summaryRef} />
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <EmailField value={email} onChange={setEmail} errorMessage={errors?.fields.email} />
        <DisplayNameField
          value={displayName}
          onChange={setDisplayName}
          errorMessage={errors?.fields.displayName}
        />
        <PasswordField
          kind="new"
          label={t('fields.password')}
          name="password"
          value={password}
          onChange={setPassword}
          errorMessage={errors?.fields.password}
        />
        <LanguageField value={locale} onChange={setLocale} errorMessage={errors?.fields.locale} />
        <p>
          {t('signUp.terms')} <Link to="/terms">{t('signUp.termsLink')}</Link>.
        </p>
        <Button type="submit" isDisabled={fetching}>
          {fetching ? t('signUp.submitting') : t('signUp.submit')}
        </Button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/sign-in">{t('signUp.signIn')}</Link>
      </p>
    </>
  );
}
