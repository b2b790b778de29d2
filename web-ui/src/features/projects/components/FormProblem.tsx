import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '@/lib/problem';

/** 412 (stale If-Match) or 428 (none sent): the record changed under the user. */
export function isConcurrencyError(error: unknown): boolean {
  return isApiError(error) && (error.status === 412 || error.status === 428);
}

/**
 * The error of a failed save, above the form's fields: "someone else changed this" for 412/428
 * (with a reload button), else the problem's title and any field errors that match no field.
 */
export function FormProblem({
  error,
  unmatched,
  onReload,
}: {
  error: unknown;
  unmatched: readonly FieldError[];
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isConcurrencyError(error)) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        message={t('concurrency.title')}
        description={t('concurrency.detail')}
        action={
          onReload && (
            <Button size="small" onClick={onReload}>
              {t('concurrency.reload')}
            </Button>
          )
        }
      />
    );
  }
  if (!isApiError(error) || (error.status !== 400 && error.status !== 409)) return null;
  const title = error.status === 400 ? t('forms.invalid') : (error.problem?.title ?? t('forms.conflict'));
  const details = [error.status === 409 ? error.problem?.detail : undefined, ...unmatched.map((item) => `${item.field}: ${item.message}`)].filter(
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
