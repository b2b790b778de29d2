import createClient from 'openapi-fetch';
import type { paths } from '@/lib/api/schema';

/**
 * The residents' client. Unlike the staff client it never sends a bearer token, even when a staff
 * member who is signed in opens a link on the same browser: the link itself is the permission.
 */
export const publicApi = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  fetch: (request: Request) => globalThis.fetch(request),
  // No cookies either: nothing of the staff session goes along.
  credentials: 'omit',
});

publicApi.use({
  // The problem details come back in the language the resident reads.
  onRequest({ request }) {
    const language = typeof document === 'undefined' ? '' : document.documentElement.lang;
    if (language) request.headers.set('Accept-Language', language);
    return request;
  },
});

/** The shape of a link's token (43 URL-safe characters today); anything else is an unknown link without asking. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;
