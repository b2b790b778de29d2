import { describeProblem, isApiError, NetworkError } from '@/lib/problem';
import type { ErrorPolicyMeta } from '@/lib/query-meta';

export type Notice = { title: string; detail?: string };

export type ErrorPolicyDeps = {
  /** The session is gone: clear the token and go to /login. */
  onUnauthorized: () => void;
  /** Show an error to the user (antd notification). */
  notify: (notice: Notice) => void;
  /** i18n lookup for the messages the API did not provide. */
  translate: (key: string, options?: Record<string, unknown>) => string;
};

/**
 * The one error policy of the app, applied to every failed query and mutation:
 * - 401 → the session is over: clear the token and go to /login (unless the caller handles 401);
 * - a status the caller handles itself (meta.handledStatuses) → nothing;
 * - problem+json → its `title` and `detail`;
 * - any other HTTP error, a network failure, or a bug → a generic, translated message.
 */
export function applyErrorPolicy(error: unknown, meta: ErrorPolicyMeta | undefined, deps: ErrorPolicyDeps): void {
  if (meta?.silent) return;
  if (isApiError(error)) {
    if (meta?.handledStatuses?.includes(error.status)) return;
    if (error.status === 401) {
      deps.onUnauthorized();
      return;
    }
    if (error.problem) {
      deps.notify(describeProblem(error.problem));
      return;
    }
    deps.notify({ title: deps.translate('errors.http', { status: error.status }) });
    return;
  }
  if (error instanceof NetworkError) {
    deps.notify({ title: deps.translate('errors.network.title'), detail: deps.translate('errors.network.detail') });
    return;
  }
  deps.notify({ title: deps.translate('errors.unexpected') });
}

/** Retry transient failures (network, 5xx, 429) twice; never a client error. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (isApiError(error)) return error.status >= 500 || error.status === 429;
  return error instanceof NetworkError;
}
