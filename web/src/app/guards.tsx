import type { Role } from '@bemanna/shared';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { hasRole } from '../auth/permissions';
import { useCurrentUser, useMe } from '../auth/session';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Loading } from '../ui/Loading';
import { navigationFor } from './navigation';
import { NoAccessPage } from './NoAccessPage';

/** Routes inside the app need a session; without one the login page remembers where you were going. */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <main className="content">
        <ErrorBanner error={me.error} />
      </main>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** A page for some roles only: others get a clear explanation, never a broken page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useCurrentUser();
  return hasRole(me, roles) ? <>{children}</> : <NoAccessPage />;
}

/** `/` opens the first section the user's role has. */
export function StartPage() {
  const me = useCurrentUser();
  const first = navigationFor(me)[0];
  return first ? <Navigate to={first.to} replace /> : <NoAccessPage />;
}
