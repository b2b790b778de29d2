import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConcurrencyProblem, isConcurrencyError } from '@/components/FormProblem';
import { isApiError, type FieldError } from '@/lib/problem';

/** Problem codes of the key API that the UI words itself, in the user's language. */
export const KEY_PROBLEM_CODES = [
  'KEY_NO_VALID_AUTHORIZATION',
  'KEY_BORROWER_NOT_ALLOWED',
  'KEY_APPROVER_IS_BORROWER',
  'KEY_APPROVER_NOT_AUTHORIZED',
  'KEY_DUE_TOO_LATE',
  'KEY_WORK_ORDER_REQUIRED',
  'KEY_WORK_ORDER_MISMATCH',
  'KEY_NOT_AVAILABLE',
  'KEY_ALREADY_RETURNED',
  'KEY_CODE_TAKEN',
  'KEY_SLOT_TAKEN',
  'KEY_STOCKTAKE_OPEN',
  'KEY_STOCKTAKE_COMPLETED',
  'KEY_STOCKTAKE_CANCELLED',
  'READ_ONLY',
] as const;

/**
 * What went wrong, in words a custodian understands: a custody rule (403) or a conflict (409) by its
 * code, the API's own title for anything else. The API's detail, when it adds something, goes below.
 */
export function describeKeyProblem(error: unknown, t: TFunction): { title: string; detail?: string } | undefined {
  if (!isApiError(error) || error.status === 401) return undefined;
  const code = error.code;
  const known = (KEY_PROBLEM_CODES as readonly (string | undefined)[]).includes(code);
  const title = known ? t(`keys.problems.${code ?? ''}`) : (error.problem?.title ?? t('errors.http', { status: error.status }));
  const detail = error.problem?.detail?.trim();
  return detail && detail !== title && detail !== error.problem?.title ? { title, detail } : { title };
}

/** The error of a failed write, above the form: fields to correct (400), a rule or conflict, or "changed meanwhile" (412/428). */
export function KeyProblem({ error, unmatched = [], onReload }: { error: unknown; unmatched?: readonly FieldError[]; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error || !isApiError(error) || error.status === 401) return null;
  if (isConcurrencyError(error)) return <ConcurrencyProblem onReload={onReload} />;
  const described = error.status === 400 ? { title: t('forms.invalid') } : describeKeyProblem(error, t);
  const details = [described?.detail, ...unmatched.map((item) => `${item.field}: ${item.message}`)].filter((line): line is string => Boolean(line));
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={<span data-testid="key-problem">{described?.title}</span>}
      description={details.length > 0 ? details.map((line) => <div key={line}>{line}</div>) : undefined}
    />
  );
}
