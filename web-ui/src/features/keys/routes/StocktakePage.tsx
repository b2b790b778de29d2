import { Alert, Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useKeyStocktake } from '@/features/keys/api/get-key-stocktake';
import { StocktakeReport } from '@/features/keys/components/StocktakeReport';
import { StocktakeScanner } from '@/features/keys/components/StocktakeScanner';
import { StocktakeTally } from '@/features/keys/components/StocktakeTally';
import { STOCKTAKE_STATUS_COLORS } from '@/features/keys/components/labels';
import { useFormatDateTime } from '@/components/TimeZone';
import { useFollowProject } from '@/lib/selected-project';
import { exportKeyStocktake } from '@/features/keys/api/export-key-stocktake';

/** /keys/stocktakes/:stocktakeId — scanning while open (a phone in one hand), the report once completed, the reason if cancelled. */
export function StocktakePage({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const { stocktakeId = '' } = useParams();
  const query = useKeyStocktake(stocktakeId);
  const stocktake = query.data;

  useFollowProject(stocktake?.projectId);

  if (query.isError) {
    return (
      <Card>
        <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!stocktake) return <Card loading />;
  const open = stocktake.status === 'OPEN';
  return (
    <div style={{ maxWidth: 760 }}>
      <PageHeader
        breadcrumbs={[{ title: t('keys.nav.stocktakes'), to: '/keys/stocktakes' }, { title: stocktake.cabinetName ?? t('keys.stocktake.wholeProject') }]}
        title={
          <>
            {t('keys.stocktake.title', { scope: stocktake.cabinetName ?? t('keys.stocktake.wholeProject') })}{' '}
            <Tag color={STOCKTAKE_STATUS_COLORS[stocktake.status]}>{t(`keys.stocktake.status.${stocktake.status}`)}</Tag>
          </>
        }
        subTitle={t('keys.stocktake.started', { name: stocktake.startedByName, time: formatTime(stocktake.startedAt) })}
        extra={stocktake.status !== 'CANCELLED' && <ExportButton onExport={(format) => exportKeyStocktake(stocktake.id, format)} testId="export-key-stocktake" />}
      />
      {open && canManage ? (
        <StocktakeScanner stocktake={stocktake} />
      ) : open ? (
        <Card size="small" title={t('keys.stocktake.inProgress')}>
          <StocktakeTally tally={stocktake.tally} completed={false} />
        </Card>
      ) : stocktake.status === 'CANCELLED' ? (
        <div data-testid="stocktake-cancelled">
          <Alert
            type="warning"
            showIcon
            message={t('keys.stocktake.cancelled')}
            description={
              <>
                {t('keys.stocktake.cancelledReason', { reason: stocktake.cancelReason ?? '—' })}
                {stocktake.completedAt && <div>{formatTime(stocktake.completedAt)}</div>}
              </>
            }
          />
        </div>
      ) : (
        <StocktakeReport stocktake={stocktake} />
      )}
    </div>
  );
}
