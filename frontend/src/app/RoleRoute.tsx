import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession, type Me, type Role } from '../features/auth';
import { AppFrame } from './AppFrame';
import { NoAccessPage, SessionLoading } from './pages';
import { HOME_PATH } from './role-homes';

type Props = { role: Role; children: (user: Me) => ReactNode };

/** Display only: the server refuses another role's data whatever this shows. */
export function RoleRoute({ role, children }: Props) {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') {
    return (
      <AppFrame>
        <SessionLoading />
      </AppFrame>
    );
  }
  if (session.status === 'signed-out') {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  }
  if (session.user.role !== role) {
    return (
      <AppFrame>
        <NoAccessPage />
      </AppFrame>
    );
  }
  return <AppFrame role={role}>{children(session.user)}</AppFrame>;
}

export function HomeRedirect() {
  const session = useSession();
  if (session.status === 'loading') {
    return (
      <AppFrame>
        <SessionLoading />
      </AppFrame>
    );
  }
  return <Navigate to={session.status === 'signed-in' ? HOME_PATH[session.user.role] : '/sign-in'} replace />;
}
