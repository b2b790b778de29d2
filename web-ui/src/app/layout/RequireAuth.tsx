import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { clearToken, getTokenExpiresAt, isSignedIn, onTokenChange } from '@/lib/auth-storage';

/** Renders its children only with a live token; otherwise goes to /login, remembering where to return. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const signedIn = useSyncExternalStore(onTokenChange, () => isSignedIn());
  const location = useLocation();

  // When the token expires while the page is open, end the session right then.
  useEffect(() => {
    if (!signedIn) return;
    const expiresAt = getTokenExpiresAt();
    if (expiresAt === null) return;
    const timer = window.setTimeout(clearToken, Math.max(0, Math.min(expiresAt - Date.now(), 2_147_000_000)));
    return () => window.clearTimeout(timer);
  }, [signedIn]);

  if (!signedIn) {
    const redirect = `${location.pathname}${location.search}`;
    const search = redirect === '/' ? '' : `?redirect=${encodeURIComponent(redirect)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return children;
}
