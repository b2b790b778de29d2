import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/lib/problem';

/** What a page shows instead of its content when loading it failed. */
export function QueryErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404) {
    return (
      <Result
        status="404"
        title={t('notFound.resourceTitle')}
        subTitle={t('notFound.resourceDetail')}
        extra={
          <Link to="/">
            <Button type="primary">{t('notFound.home')}</Button>
          </Link>
        }
      />
    );
  }
  const problem = isApiError(error) ? error.problem : undefined;
  return (
    <Result
      status="error"
      title={problem?.title ?? t('errors.loadFailed')}
      subTitle={problem?.detail}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
