// Asking for a password reset link. The answer is the same whether or not the address has an account, so
// the page cannot be used to find out who is a member.
import { Alert, Button, Heading } from '@lovecando/shared-ui';
import { FormErrorSummary, useDocumentTitle } from '@lovecando/shared-web-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { EmailField } from '../common/fields';
import { useEmailRequest } from '../common/useEmailRequest';
import { RequestPasswordResetMutation } from '../identity.graphql';

export function ForgotPasswordPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('forgotPassword.title'));
  const [{ fetching }, requestReset] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const { errors, formRef, summaryRef, sent, submit } = useEmailRequest((address) =>
    requestReset({ email: address }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => submit(event, email);

  return (
    <>
      <Heading level={1}>{t('forgotPassword.heading')}</Heading>
      {sent ? (
        <Alert tone="success" title={t('forgotPassword.sentTitle')}>
          <p>{t('forgotPassword.sentBody')}</p>
        </Alert>
      ) : (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <FormErrorSummary message={errors?.summary} ref={summaryRef} />
          <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <EmailField value={email} onChange={setEmail} errorMessage={errors?.fields.email} />
            <Button type="submit" isDisabled={fetching}>
              {t('forgotPassword.submit')}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </>
  );
}
