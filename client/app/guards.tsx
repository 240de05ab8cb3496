import { Navigate, Outlet, useLocation } from 'react-router';
import { NothingKeptOffline } from '../components/offline-marker.tsx';
import { ErrorState, LoadingState } from '../components/ui/states.tsx';
import { errorMessage } from '../lib/errors.ts';
import { useMe } from '../lib/session.ts';

/** Signed-in pages: anyone else goes to sign-in and comes back here afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  // Offline, the person kept on this device keeps the pages open (TanStack waits, paused, instead
  // of asking); with nobody kept there is no one to show them to, and no sign-in without a connection.
  if (me.isPending) return me.fetchStatus === 'paused' ? <NothingKeptOffline /> : <LoadingState />;
  if (me.isError) return <ErrorState message={errorMessage(me.error)} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
