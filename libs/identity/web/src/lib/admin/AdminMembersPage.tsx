// Member administration, for admins only: find members by name, email, role and status, change a role,
// suspend (with a reason the member will see) and reinstate.
import { Heading } from '@lovecando/shared-ui';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../viewer/RequireViewer';
import { type Viewer } from '../viewer/useViewer';
import { MembersAdmin } from './MembersAdmin';

const ADMIN_ONLY = ['ADMIN'] as const;

export function AdminMembersPage() {
  return <RequireViewer roles={ADMIN_ONLY}>{(viewer) => <AdminMembers viewer={viewer} />}</RequireViewer>;
}

/** The page itself, titled only once the guard let the admin in (else "not allowed" sets the title). */
function AdminMembers({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('admin.title'));
  return (
    <>
      <Heading level={1}>{t('admin.heading')}</Heading>
      <MembersAdmin viewer={viewer} />
    </>
  );
}
