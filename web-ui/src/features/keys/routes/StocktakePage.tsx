import { Card, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useKeyStocktake } from '@/features/keys/api/get-key-stocktake';
import { StocktakeReport } from '@/features/keys/components/StocktakeReport';
import { StocktakeScanner } from '@/features/keys/components/StocktakeScanner';
import { StocktakeTally } from '@/features/keys/components/StocktakeTally';
import { formatDateTime } from '@/lib/format';
import { setSelectedProjectId } from '@/lib/selected-project';

/** /keys/stocktakes/:stocktakeId — scanning while open (a phone in one hand), the report once completed. */
export function StocktakePage({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { stocktakeId = '' } = useParams();
  const query = useKeyStocktake(stocktakeId);
  const stocktake = query.data;

  useEffect(() => {
    if (stocktake) setSelectedProjectId(stocktake.projectId);
  }, [stocktake]);

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
            <Tag color={open ? 'processing' : 'success'}>{t(`keys.stocktake.status.${stocktake.status}`)}</Tag>
          </>
        }
        subTitle={t('keys.stocktake.started', { name: stocktake.startedByName, time: formatDateTime(stocktake.startedAt, i18n.language) })}
      />
      {open && canManage ? (
        <StocktakeScanner stocktake={stocktake} />
      ) : open ? (
        <Card size="small" title={t('keys.stocktake.inProgress')}>
          <StocktakeTally tally={stocktake.tally} completed={false} />
        </Card>
      ) : (
        <StocktakeReport stocktake={stocktake} />
      )}
    </div>
  );
}
