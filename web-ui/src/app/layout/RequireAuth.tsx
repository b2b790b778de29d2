import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { clearToken, getTokenExpiresAt, isSignedIn, lastSessionEnd, onTokenChange } from '@/lib/auth-storage';

/** Renders its children only with a live token; otherwise goes to /login, remembering where to return. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const signedIn = useSyncExternalStore(onTokenChange, () => isSignedIn());
  const location = useLocation();
  // Signed in before and not any more: the session ended (expired, revoked, 401), so say so on /login.
  const wasSignedIn = useRef(signedIn);
  if (signedIn) wasSignedIn.current = true;

  // When the token expires while the page is open, end the session right then.
  useEffect(() => {
    if (!signedIn) return;
    const expiresAt = getTokenExpiresAt();
    if (expiresAt === null) return;
    const timer = window.setTimeout(() => clearToken('ended'), Math.max(0, Math.min(expiresAt - Date.now(), 2_147_000_000)));
    return () => window.clearTimeout(timer);
  }, [signedIn]);

  if (!signedIn) {
    const redirect = `${location.pathname}${location.search}`;
    const search = new URLSearchParams();
    if (wasSignedIn.current && lastSessionEnd() !== 'logout') search.set('expired', '1');
    if (redirect !== '/') search.set('redirect', redirect);
    const query = search.toString();
    return <Navigate to={query ? `/login?${query}` : '/login'} replace />;
  }
  return children;
}
