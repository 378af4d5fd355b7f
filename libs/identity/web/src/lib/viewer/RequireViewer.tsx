// Guard of the pages for signed-in members: waits for `me`, sends signed-out visitors to the sign-in page
// (which brings them back here afterwards), and shows "not allowed" to members without the needed role.
import { type MemberRole } from '@lovecando/shared-web-data';
import { Loading } from '@lovecando/shared-web-kit';
import { type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadError } from '../common/LoadError';
import { signInPathFor } from '../common/safe-next-path';
import { NotAllowed } from './NotAllowed';
import { useViewer, type Viewer } from './useViewer';

export interface RequireViewerProps {
  /** When set, only members with one of these roles may see the page. */
  roles?: readonly MemberRole[];
  children: (viewer: Viewer) => ReactNode;
}

export function RequireViewer({ roles, children }: RequireViewerProps) {
  const { pathname, search } = useLocation();
  const { viewer, loading, error } = useViewer();

  if (viewer) {
    if (roles && !roles.includes(viewer.role)) return <NotAllowed />;
    return children(viewer);
  }
  if (loading) return <Loading />;
  if (error) return <LoadError error={error} />;
  return <Navigate to={signInPathFor(`${pathname}${search}`)} replace />;
}
