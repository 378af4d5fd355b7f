// The visitor's part of the header: who is signed in (name and role), links to the profile and, for
// admins, to member administration, and signing out; or the links to sign in and to sign up.
import { Button } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { roleLabel } from '../common/labels';
import { SignOutMutation } from '../identity.graphql';
import { useRefreshViewer, useViewer } from './useViewer';

export function AccountMenu() {
  const { t } = useTranslation('identity');
  const { viewer, loading } = useViewer();
  const [{ fetching: signingOut }, signOut] = useMutation(SignOutMutation);
  const refreshViewer = useRefreshViewer();
  const navigate = useNavigate();

  const onSignOut = async () => {
    // Leave first: a page for members only would otherwise see the viewer go and send the visitor to the
    // sign-in page instead.
    await navigate('/');
    await signOut({});
    // Even if the request failed, asking `me` again shows the truth rather than a guess.
    await refreshViewer();
  };

  // No flash of "Sign in" for a member whose `me` is on its way, but its room in the header: the links a
  // visitor gets, hidden from eyes, screen readers and keyboards, so the page does not shift down when they
  // appear (on a phone they wrap the header onto a second row).
  if (!viewer && loading) {
    return (
      <div className="identity-account identity-account--pending" aria-hidden="true" inert>
        <ul className="lcd-nav">
          <li>
            <NavLink to="/sign-in">{t('account.signIn')}</NavLink>
          </li>
          <li>
            <NavLink to="/sign-up">{t('account.signUp')}</NavLink>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <nav aria-label={t('account.navLabel')} className="identity-account">
      {viewer ? (
        <p className="identity-account__who">
          <span className="identity-account__name">{viewer.displayName}</span>{' '}
          <span className="identity-account__role">{roleLabel(viewer.role, t)}</span>
        </p>
      ) : null}
      <ul className="lcd-nav">
        {viewer ? (
          <>
            <li>
              <NavLink to="/profile">{t('account.profile')}</NavLink>
            </li>
            {viewer.role === 'ADMIN' ? (
              <li>
                <NavLink to="/admin/members">{t('account.admin')}</NavLink>
              </li>
            ) : null}
            <li>
              <Button variant="secondary" onPress={() => void onSignOut()} isDisabled={signingOut}>
                {t('account.signOut')}
              </Button>
            </li>
          </>
        ) : (
          <>
            <li>
              <NavLink to="/sign-in">{t('account.signIn')}</NavLink>
            </li>
            <li>
              <NavLink to="/sign-up">{t('account.signUp')}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
