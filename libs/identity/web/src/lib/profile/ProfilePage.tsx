// The signed-in member's own page: account facts, the read-only notice of a pending or suspended account,
// and the forms to edit the profile and change the password (active members only: the API refuses the
// others).
import { Alert, Heading } from '@lovecando/shared-ui';
import { formatDate, useDocumentTitle, useUiLanguage } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { roleLabel, statusLabel } from '../common/labels';
import { ResendVerification } from '../sign-up/ResendVerification';
import { RequireViewer } from '../viewer/RequireViewer';
import { type Viewer } from '../viewer/useViewer';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';

export function ProfilePage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('profile.title'));
  return (
    <>
      <Heading level={1}>{t('profile.heading')}</Heading>
      <RequireViewer>{(viewer) => <Profile viewer={viewer} />}</RequireViewer>
    </>
  );
}

function Profile({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('identity');
  const [language] = useUiLanguage();
  return (
    <>
      {viewer.status === 'PENDING' ? (
        <>
          <Alert tone="warning" title={t('profile.pendingTitle')}>
            <p>{t('profile.pendingBody')}</p>
          </Alert>
          <ResendVerification email={viewer.email ?? undefined} />
        </>
      ) : null}
      {viewer.status === 'SUSPENDED' ? (
        <Alert tone="warning" title={t('profile.suspendedTitle')}>
          <p>{t('profile.suspendedBody')}</p>
          {viewer.suspendedReason ? (
            <p>{t('profile.suspendedReason', { reason: viewer.suspendedReason })}</p>
          ) : null}
        </Alert>
      ) : null}

      <section aria-labelledby="profile-account-heading">
        <Heading level={2} id="profile-account-heading">
          {t('profile.accountHeading')}
        </Heading>
        <dl className="identity-facts">
          <dt>{t('fields.displayName')}</dt>
          <dd>{viewer.displayName}</dd>
          <dt>{t('fields.email')}</dt>
          <dd>{viewer.email}</dd>
          <dt>{t('profile.role')}</dt>
          <dd>{roleLabel(viewer.role, t)}</dd>
          <dt>{t('profile.status')}</dt>
          <dd>{statusLabel(viewer.status, t)}</dd>
          <dt>{t('profile.memberSince')}</dt>
          <dd>
            <time dateTime={viewer.createdAt}>{formatDate(viewer.createdAt, language)}</time>
          </dd>
        </dl>
      </section>

      {viewer.status === 'ACTIVE' ? (
        <>
          <section aria-labelledby="profile-edit-heading">
            <Heading level={2} id="profile-edit-heading">
              {t('profile.editHeading')}
            </Heading>
            <ProfileForm viewer={viewer} />
          </section>
          <section aria-labelledby="profile-password-heading">
            <Heading level={2} id="profile-password-heading">
              {t('profile.passwordHeading')}
            </Heading>
            <ChangePasswordForm />
          </section>
        </>
      ) : null}
    </>
  );
}
