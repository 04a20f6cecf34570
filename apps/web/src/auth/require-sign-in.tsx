import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadFailed, Loading } from '../layout/loading';
import { withNext } from './next-path';
import { useMe } from './use-session';

/** Pages for signed-in people: anyone else is sent to log in, and comes back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { me, loading, error } = useMe();
  const { pathname, search } = useLocation();
  if (loading) return <Loading />;
  if (error) return <LoadFailed error={error} notFound="" />;
  if (!me) return <Navigate to={withNext('/log-in', pathname + search)} replace />;
  return children;
}
