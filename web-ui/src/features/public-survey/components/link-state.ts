import { isApiError } from '@/lib/problem';

/** What a failed read or answer says about the link, each shown as its own page state. */
export type LinkState = 'unknown' | 'answered' | 'notOpen' | 'closed' | 'revoked' | 'rateLimited' | 'unavailable';

export function linkStateOf(error: unknown): LinkState {
  if (!isApiError(error)) return 'unavailable';
  if (error.status === 404 || error.status === 400) return 'unknown';
  if (error.status === 410) return error.code === 'SURVEY_LINK_REVOKED' ? 'revoked' : 'closed';
  if (error.status === 429) return 'rateLimited';
  if (error.status === 409) return error.code === 'SURVEY_NOT_OPEN' ? 'notOpen' : 'answered';
  return 'unavailable';
}

export function retryAfterOf(error: unknown): number | undefined {
  return isApiError(error) ? error.retryAfterSeconds : undefined;
}
