import { Button, Card, Flex, Form, Progress, Result, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useKeyCabinets } from '@/features/keys/api/list-key-cabinets';
import { useKeyStocktakes, type KeyStocktakeSummary } from '@/features/keys/api/list-key-stocktakes';
import { useStartKeyStocktake } from '@/features/keys/api/start-key-stocktake';
import { KeyProblem } from '@/features/keys/components/KeyProblem';
import { STOCKTAKE_STATUS_COLORS } from '@/features/keys/components/labels';
import { useFormatDateTime } from '@/components/TimeZone';

/** The whole project, or one cabinet. */
const WHOLE_PROJECT = '';

function StocktakeItem({ stocktake }: { stocktake: KeyStocktakeSummary }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const { tally } = stocktake;
  return (
    <Link to={`/keys/stocktakes/${stocktake.id}`} data-testid="stocktake-item" style={{ color: 'inherit' }}>
      <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>{stocktake.cabinetName ?? t('keys.stocktake.wholeProject')}</Typography.Text>
          <Tag color={STOCKTAKE_STATUS_COLORS[stocktake.status]}>{t(`keys.stocktake.status.${stocktake.status}`)}</Tag>
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('keys.stocktake.started', { name: stocktake.startedByName, time: formatTime(stocktake.startedAt) })}
        </Typography.Text>
        <Progress percent={tally.expected === 0 ? 100 : Math.floor((tally.found / tally.expected) * 100)} size="small" showInfo={false} />
        <Typography.Text style={{ fontSize: 13 }}>
          {t('keys.stocktake.summary', { found: tally.found, expected: tally.expected })}
          {stocktake.status === 'COMPLETED' && tally.remaining > 0 && <Typography.Text type="danger"> · {t('keys.stocktake.summaryMissing', { count: tally.remaining })}</Typography.Text>}
          {tally.wrongSlot > 0 && <Typography.Text type="warning"> · {t('keys.stocktake.summaryWrongSlot', { count: tally.wrongSlot })}</Typography.Text>}
        </Typography.Text>
      </Card>
    </Link>
  );
}

/** /keys/stocktakes — start a stock-take (盘点) of the project or a cabinet; the recent ones, open first to continue. */
export function StocktakesPage({ projectId, canManage }: { projectId: string | undefined; canManage: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cabinets = useKeyCabinets(projectId);
  const stocktakes = useKeyStocktakes(projectId);
  const start = useStartKeyStocktake();
  const [scope, setScope] = useState(WHOLE_PROJECT);

  if (!projectId) return <Result status="info" title={t('keys.noProject')} />;
  const items = stocktakes.data?.pages.flatMap((page) => page.items) ?? [];

  const begin = async () => {
    try {
      const stocktake = await start.mutateAsync({ projectId, ...(scope ? { cabinetId: scope } : {}) });
      void navigate(`/keys/stocktakes/${stocktake.id}`);
    } catch {
      // Shown above the button (e.g. one is open already for this scope: continue it from the list).
    }
  };

  return (
    <div style={{ maxWidth: 760 }}>
      <PageHeader title={t('keys.nav.stocktakes')} subTitle={t('keys.stocktake.subtitle')} />
      {canManage && (
        <Card size="small" title={t('keys.stocktake.new')} style={{ marginBottom: 16 }}>
          <KeyProblem error={start.error} />
          <Form layout="vertical" onFinish={() => void begin()}>
            <Form.Item label={t('keys.stocktake.scope')}>
              <Select
                size="large"
                value={scope}
                onChange={(value: string) => {
                  setScope(value);
                  start.reset();
                }}
                loading={cabinets.isPending}
                options={[
                  { value: WHOLE_PROJECT, label: t('keys.stocktake.wholeProject') },
                  ...(cabinets.data ?? []).map((cabinet) => ({ value: cabinet.id, label: t('keys.stocktake.cabinetOption', { name: cabinet.name, count: cabinet.keyCount }) })),
                ]}
                data-testid="stocktake-scope"
              />
            </Form.Item>
            <Button type="primary" size="large" block htmlType="submit" loading={start.isPending} data-testid="stocktake-start">
              {t('keys.stocktake.start')}
            </Button>
          </Form>
        </Card>
      )}
      {stocktakes.isError ? (
        <QueryErrorResult error={stocktakes.error} onRetry={() => void stocktakes.refetch()} />
      ) : (
        <Flex vertical gap={8}>
          {stocktakes.isPending && <Card loading size="small" />}
          {!stocktakes.isPending && items.length === 0 && (
            <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 24 }}>
              {t('keys.stocktake.none')}
            </Typography.Text>
          )}
          {items.map((stocktake) => (
            <StocktakeItem key={stocktake.id} stocktake={stocktake} />
          ))}
          <LoadMore shown={items.length} hasMore={stocktakes.hasNextPage} loading={stocktakes.isFetchingNextPage} onLoadMore={() => void stocktakes.fetchNextPage()} />
        </Flex>
      )}
    </div>
  );
}
