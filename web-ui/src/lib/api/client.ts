import createClient, { type Middleware } from 'openapi-fetch';
import { getToken } from '@/lib/auth-storage';
import { NetworkError, toApiError } from '@/lib/problem';
import type { components, paths } from '@/lib/api/schema';

/** The contract's schemas, generated from ../openapi.yaml. */
export type Schemas = components['schemas'];

const authMiddleware: Middleware = {
  // Adds the bearer token (when signed in) and Accept-Language to every request.
  onRequest({ request }) {
    const token = getToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    // The UI language (kept on <html lang> by i18n), so the API can word its problem details to match.
    const language = typeof document === 'undefined' ? '' : document.documentElement.lang;
    if (language && !request.headers.has('Accept-Language')) request.headers.set('Accept-Language', language);
    return request;
  },
};

/**
 * The typed API client. Same origin as the page (relative paths in production, Vite's proxy in
 * development). `fetch` is looked up at call time so that tests can replace it.
 */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(authMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data, or throws: an ApiError (with the problem
 * details) for a non-2xx answer, a NetworkError when there was no answer at all.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) throw toApiError(response, error);
  return { data: data as T, response };
}

/** The ETag of a response, to send back in If-Match. */
export function etagOf(response: Response): string | undefined {
  return response.headers.get('ETag') ?? undefined;
}

/** A fresh Idempotency-Key for one create (reuse it when the same form is submitted again). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
