import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '@/lib/problem';

/**
 * A failed save above a form: "someone else changed this" for 412/428 (with a reload button),
 * "correct the marked fields" for a 400 (with the errors that match no field), else the problem.
 */
export function FormProblem({ error, unmatched = [], onReload }: { error: unknown; unmatched?: readonly FieldError[]; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.status === 401) return null;
  if (error.status === 412 || error.status === 428) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        style={{ marginBottom: 12 }}
        message={t('concurrency.title')}
        description={t('concurrency.detail')}
        action={onReload && <Button onClick={onReload}>{t('concurrency.reload')}</Button>}
      />
    );
  }
  const title = error.status === 400 ? t('forms.invalid') : (error.problem?.title ?? t('errors.http', { status: error.status }));
  const details = [error.status !== 400 ? error.problem?.detail : undefined, ...unmatched.map((item) => `${item.field}: ${item.message}`)].filter(
    (line): line is string => Boolean(line),
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      message={title}
      description={details.length > 0 ? details.map((line) => <div key={line}>{line}</div>) : undefined}
      data-testid="form-problem"
    />
  );
}
