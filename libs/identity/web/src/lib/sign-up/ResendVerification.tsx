// "Send me a new confirmation link": on the check-email page, after a link that no longer works, and on
// the profile of an account still waiting for its address. The answer is the same whether or not the
// address waits for a link (the API does not tell who is a member); the API limits how often it sends.
import { Alert, Button, Heading } from '@lovecando/shared-ui';
import { FormErrorSummary } from '@lovecando/shared-web-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { EmailField } from '../common/fields';
import { useEmailRequest } from '../common/useEmailRequest';
import { RequestVerificationEmailMutation } from '../identity.graphql';

/** With `email`, one button sends to that address; without, the visitor types the address. */
export function ResendVerification({ email: knownEmail }: { email?: string | undefined }) {
  const { t } = useTranslation('identity');
  const headingId = useId();
  const [{ fetching }, requestEmail] = useMutation(RequestVerificationEmailMutation);
  const [typed, setTyped] = useState('');
  const { errors, formRef, summaryRef, sent, submit } = useEmailRequest((email) => requestEmail({ email }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => submit(event, knownEmail ?? typed);

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('resendVerification.heading')}
      </Heading>
      {sent ? (
        <Alert tone="success" title={t('resendVerification.sentTitle')}>
          <p>{t('resendVerification.sentBody')}</p>
        </Alert>
      ) : (
        <>
          <FormErrorSummary message={errors?.summary} ref={summaryRef} />
          <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            {knownEmail === undefined ? (
              <EmailField value={typed} onChange={setTyped} errorMessage={errors?.fields.email} />
            ) : null}
            <Button type="submit" variant="secondary" isDisabled={fetching}>
              {t('resendVerification.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
