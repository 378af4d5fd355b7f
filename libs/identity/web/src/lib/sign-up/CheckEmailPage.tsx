// After signing up: the confirmation link is in the mailbox. In development and test the API keeps the
// emails in an outbox instead of sending them, and this page says where to read them.
import { Alert, Heading } from '@lovecando/shared-ui';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { EnvironmentQuery } from '../identity.graphql';
import { ResendVerification } from './ResendVerification';

/** The address typed on the sign-up page, handed over in the navigation state (absent after a reload). */
function emailFromState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('email' in state)) return undefined;
  return typeof state.email === 'string' ? state.email : undefined;
}

export function CheckEmailPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('checkEmail.title'));
  const email = emailFromState(useLocation().state);
  const [{ data }] = useQuery({ query: EnvironmentQuery });
  const hasOutbox = data !== undefined && data.about.environment !== 'production';

  return (
    <>
      <Heading level={1}>{t('checkEmail.heading')}</Heading>
      <Alert tone="success" title={email ? t('checkEmail.sentTo', { email }) : t('checkEmail.sent')}>
        <p>{t('checkEmail.body')}</p>
      </Alert>
      <p>{t('checkEmail.noEmail')}</p>
      <ResendVerification email={email} />
      {hasOutbox ? (
        <p>
          {t('checkEmail.devOutbox')} <Link to="/dev/outbox">{t('checkEmail.devOutboxLink')}</Link>
        </p>
      ) : null}
      <p>
        <Link to="/sign-in">{t('checkEmail.signIn')}</Link>
      </p>
    </>
  );
}
