import { CameraOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useWorkOrders, type WorkOrderFilters } from '@/features/work-orders/api/list-work-orders';
import { ActionBar } from '@/features/work-orders/components/ActionBar';
import { WorkOrderCard } from '@/features/work-orders/components/WorkOrderCard';

const MINE_STATUSES = ['ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED'] as const;
const UNASSIGNED_STATUSES = ['NEW', 'REOPENED'] as const;

function OrderCards({ filters, mine }: { filters: WorkOrderFilters; mine: boolean }) {
  const { t } = useTranslation();
  const orders = useWorkOrders(filters);
  if (orders.isError) return <QueryErrorResult error={orders.error} onRetry={() => void orders.refetch()} />;
  const all = orders.data?.pages.flatMap((page) => page.items) ?? [];
  // "Unassigned" means no assignee: a REOPENED order keeps whoever did the work.
  const items = mine ? all : all.filter((order) => !order.assigneeId);
  return (
    <Flex vertical gap={12}>
      {orders.isPending && <Card loading />}
      {!orders.isPending && items.length === 0 && (
        <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 32 }}>
          {mine ? t('workOrders.mine.none') : t('workOrders.mine.noneUnassigned')}
        </Typography.Text>
      )}
      {items.map((order) => (
        <WorkOrderCard key={order.id} order={order}>
          <div style={{ marginTop: 12 }}>
            <ActionBar order={order} layout="card" />
            {mine && (
              <Link to={`/work-orders/${order.id}#evidence`} data-testid="card-photos">
                <Button block icon={<CameraOutlined />} style={{ marginTop: 8 }}>
                  {t('workOrders.mine.photos')}
                </Button>
              </Link>
            )}
          </div>
        </WorkOrderCard>
      ))}
      <LoadMore shown={all.length} hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onLoadMore={() => void orders.fetchNextPage()} />
    </Flex>
  );
}

/** /work-orders/mine — a technician's phone screen: my open orders with the next step, and the unassigned ones. */
export function MyWorkOrdersPage({ userId, projectId }: { userId: string; projectId: string | undefined }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'unassigned' ? 'unassigned' : 'mine';
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('nav.myWorkOrders')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'unassigned' ? { tab: key } : {}, { replace: true })}
        items={[
          {
            key: 'mine',
            label: t('workOrders.mine.assigned'),
            children: <OrderCards mine filters={{ projectId, assigneeId: userId, statuses: MINE_STATUSES }} />,
          },
          {
            key: 'unassigned',
            label: t('workOrders.mine.unassigned'),
            children: <OrderCards mine={false} filters={{ projectId, statuses: UNASSIGNED_STATUSES }} />,
          },
        ]}
      />
    </div>
  );
}
