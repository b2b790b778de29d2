import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type SearchParamChanges = Record<string, string | undefined>;

/** Sets each given query parameter, or removes it when the value is empty; the others stay. */
export function withSearchParams(previous: URLSearchParams, changes: SearchParamChanges): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/**
 * Changes some query parameters of the current URL (filters live there, so a link or a reload shows the same
 * screen). By default it replaces the history entry: typing a filter does not fill the back button.
 */
export function useUpdateSearchParams(): (changes: SearchParamChanges, options?: { replace?: boolean }) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (changes, { replace = true } = {}) => setParams((previous) => withSearchParams(previous, changes), { replace }),
    [setParams],
  );
}
