import { vi } from 'vitest';

export type MockRoute = {
  method?: string;
  /** Matched against the request's pathname (a string must be equal; a RegExp must match). */
  path: string | RegExp;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Matched against the query string too (e.g. /q=2-1201/), when given. */
  search?: RegExp;
  /** Answer only once this settles (a slow server the test lets answer when it wants). */
  until?: Promise<unknown>;
};

export type RecordedRequest = { method: string; path: string; search: string; headers: Headers; body: unknown };

/**
 * Replaces global fetch with a router over `routes` (first match wins; unmatched → 404 problem).
 * Returns the requests made, with parsed JSON bodies.
 */
export function mockFetch(routes: MockRoute[]) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: request.headers,
      body: text ? parseBody(text) : undefined,
    });
    const route = routes.find(
      (candidate) =>
        (candidate.method ?? 'GET') === request.method &&
        (typeof candidate.path === 'string' ? candidate.path === url.pathname : candidate.path.test(url.pathname)) &&
        (!candidate.search || candidate.search.test(decodeURIComponent(url.search))),
    );
    if (!route) {
      return jsonResponse(404, { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' }, 'application/problem+json');
    }
    if (route.until) await route.until;
    const status = route.status ?? 200;
    const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
    return jsonResponse(status, route.body, contentType, route.headers);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

/** A JSON body parsed; anything else (a multipart upload) as its text. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function jsonResponse(status: number, body: unknown, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType, ...headers },
  });
}

export const problem = (status: number, code: string, title: string, detail?: string, extra: Record<string, unknown> = {}) => ({
  type: 'about:blank',
  title,
  status,
  code,
  ...(detail ? { detail } : {}),
  ...extra,
});
