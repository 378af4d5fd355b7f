// Target of the emailed confirmation link: confirms the address as soon as the page opens, then offers to
// sign in. A link that is invalid, used or expired leads to asking for a new one right here.
import { Alert, Heading } from '@lovecando/shared-ui';
import { Loading, useDocumentTitle } from '@lovecando/shared-web-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { apiProblems, problemMessage } from '../common/api-errors';
import { useLinkToken } from '../common/link-token';
import { VerifyEmailMutation } from '../identity.graphql';
import { ResendVerification } from '../sign-up/ResendVerification';

type Outcome = { kind: 'verified' } | { kind: 'invalid' } | { kind: 'failed'; message: string };

export function VerifyEmailPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('verifyEmail.title'));
  const token = useLinkToken();
  const [, verifyEmail] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>();
  // The token works once: StrictMode runs effects twice in development, and a second call would answer
  // INVALID_TOKEN over the first one's success. The ref survives that remount.
  const sentFor = useRef<string>(undefined);

  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    void verifyEmail({ token }).then((result) => {
      if (!result.error) return setOutcome({ kind: 'verified' });
      const problems = apiProblems(result.error);
      // A token of the wrong shape is refused as bad input on the token: for the visitor it is the same.
      const invalid = problems.some(
        (problem) =>
          problem.code === 'INVALID_TOKEN' ||
          (problem.code === 'BAD_USER_INPUT' && problem.field === 'token'),
      );
      setOutcome(
        invalid
          ? { kind: 'invalid' }
          : { kind: 'failed', message: problems[0] ? problemMessage(problems[0], t) : t('errors.generic') },
      );
    });
  }, [token, verifyEmail, t]);

  const shown: Outcome | undefined = token ? outcome : { kind: 'invalid' };
  return (
    <>
      <Heading level={1}>{t('verifyEmail.heading')}</Heading>
      {shown === undefined ? <Loading /> : null}
      {shown?.kind === 'verified' ? (
        <>
          <Alert tone="success" title={t('verifyEmail.verifiedTitle')}>
            <p>{t('verifyEmail.verifiedBody')}</p>
          </Alert>
          <p>
            <Link to="/sign-in">{t('verifyEmail.signIn')}</Link>
          </p>
        </>
      ) : null}
      {shown?.kind === 'invalid' ? (
        <>
          <Alert tone="error" title={t('verifyEmail.invalidTitle')}>
            <p>{t('verifyEmail.invalidBody')}</p>
          </Alert>
          <ResendVerification />
        </>
      ) : null}
      {shown?.kind === 'failed' ? <Alert tone="error" title={shown.message} /> : null}
    </>
  );
}
