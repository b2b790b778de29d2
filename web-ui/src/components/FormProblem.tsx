import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '@/lib/problem';

/** 412 (stale If-Match) or 428 (none sent): the record changed under the user. */
export function isConcurrencyError(error: unknown): boolean {
  return isApiError(error) && (error.status === 412 || error.status === 428);
}

/** "Someone else changed this" above a form whose save got 412/428, with a reload when the form can reload. */
export function ConcurrencyProblem({ onReload }: { onReload?: (() => void) | undefined }) {
  const { t } = useTranslation();
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

/**
 * A failed save above a form: "someone else changed it" with a reload (412, 428), "correct the marked
 * fields" with the field errors that match no field (400), else the problem's title and detail. `only`
 * limits it to those statuses (and 412/428) when the app's error policy reports the others already.
 */
export function FormProblem({
  error,
  unmatched = [],
  onReload,
  only,
}: {
  error: unknown;
  unmatched?: readonly FieldError[] | undefined;
  onReload?: (() => void) | undefined;
  only?: readonly number[] | undefined;
}) {
  const { t } = useTranslation();
  if (!error || !isApiError(error) || error.status === 401) return null;
  if (isConcurrencyError(error)) return <ConcurrencyProblem onReload={onReload} />;
  if (only && !only.includes(error.status)) return null;
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
      data-testid="form-problem"
    />
  );
}
