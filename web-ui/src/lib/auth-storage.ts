/**
 * Where the bearer token lives. localStorage, so that a second tab shares the session; the expiry
 * is stored next to it so an expired token is dropped before it is ever sent.
 */
const TOKEN_KEY = 'steward.token';
const EXPIRES_KEY = 'steward.tokenExpiresAt';
/** Treat a token as expired a little early, so a request never races the expiry. */
const SKEW_MS = 10_000;

type Listener = () => void;
const listeners = new Set<Listener>();

export function saveToken(accessToken: string, expiresInSeconds: number, now: number = Date.now()): void {
  lastEnd = null;
  localStorage.setItem(TOKEN_KEY, accessToken);
  localStorage.setItem(EXPIRES_KEY, String(now + expiresInSeconds * 1000));
  listeners.forEach((listener) => listener());
}

/** Why the last session ended: the user logged out, or it expired / was refused (401). */
export type SessionEnd = 'logout' | 'ended';
let lastEnd: SessionEnd | null = null;

export function lastSessionEnd(): SessionEnd | null {
  return lastEnd;
}

export function clearToken(reason: SessionEnd = 'ended'): void {
  lastEnd = reason;
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
  listeners.forEach((listener) => listener());
}

/** The token if there is one that has not expired, else null (and an expired one is removed). */
export function getToken(now: number = Date.now()): string | null {
  const token = localStorage.getItem(TOKEN_KEY);
  if (!token) return null;
  const expiresAt = Number(localStorage.getItem(EXPIRES_KEY));
  if (!Number.isFinite(expiresAt) || expiresAt - SKEW_MS <= now) {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(EXPIRES_KEY);
    return null;
  }
  return token;
}

export function getTokenExpiresAt(): number | null {
  const value = Number(localStorage.getItem(EXPIRES_KEY));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function isSignedIn(now: number = Date.now()): boolean {
  return getToken(now) !== null;
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
