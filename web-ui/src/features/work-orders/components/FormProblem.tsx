import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '@/lib/problem';

/** A failed save above a form: "correct the marked fields" (400) or the problem's title (409, 422). */
export function FormProblem({ error, unmatched }: { error: unknown; unmatched: readonly FieldError[] }) {
  const { t } = useTranslation();
  if (!error || !isApiError(error) || error.status === 401) return null;
  const title = error.status === 400 ? t('forms.invalid') : (error.problem?.title ?? t('errors.http', { status: error.status }));
  const details = [error.status !== 400 ? error.problem?.detail : undefined, ...unmatched.map((item) => `${item.field}: ${item.message}`)].filter(
    (line): line is string => Boolean(line),
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={title}
      description={details.length > 0 ? details.map((line) => <div key={line}>{line}</div>) : undefined}
    />
  );
}
