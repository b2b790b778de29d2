/**
 * Per-query/mutation hints for the app's single error policy (see app/error-policy.ts).
 *
 * - `handledStatuses`: HTTP statuses that the caller shows itself (e.g. a form that maps a 400's
 *   field errors onto its fields, or a 412 "someone else changed this"), so the policy stays quiet.
 *   A 401 listed here is not treated as an expired session either (the login form's own 401).
 * - `silent`: the policy shows nothing for this query (the page renders its own error state).
 */
export type ErrorPolicyMeta = {
  handledStatuses?: readonly number[];
  silent?: boolean;
};

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: ErrorPolicyMeta;
    mutationMeta: ErrorPolicyMeta;
  }
}
