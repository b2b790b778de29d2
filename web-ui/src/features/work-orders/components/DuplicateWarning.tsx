import { Alert, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnitOpenOrders, useUnitRecentOrders } from '@/features/work-orders/api/list-work-orders';
import { StatusTag, useCategoryLabel } from '@/features/work-orders/components/Tags';
import { useFormatDateTime } from '@/components/TimeZone';

/** The chosen unit's open orders and its orders of the last 30 days, shown before saving ("possible duplicates"). */
export function DuplicateWarning({ projectId, unitId, createdFrom }: { projectId: string; unitId: string | undefined; createdFrom: string }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const categoryLabel = useCategoryLabel();
  const recent = useUnitRecentOrders(projectId, unitId, createdFrom);
  const open = useUnitOpenOrders(projectId, unitId);
  const recentItems = recent.data?.items ?? [];
  // Open orders registered before the 30 days are still the same matter: list them first.
  const olderOpen = (open.data?.items ?? []).filter((order) => !recentItems.some((other) => other.id === order.id));
  const items = [...olderOpen, ...recentItems];
  if (!unitId || items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="duplicate-warning"
      message={[
        recentItems.length > 0 ? t('workOrders.form.duplicates', { count: recentItems.length }) : '',
        olderOpen.length > 0 ? t('workOrders.form.olderOpen', { count: olderOpen.length }) : '',
      ]
        .filter(Boolean)
        .join(' ')}
      description={
        <List
          size="small"
          dataSource={items}
          renderItem={(order) => (
            <List.Item style={{ paddingInline: 0 }}>
              <div style={{ minWidth: 0 }}>
                <Link to={`/work-orders/${order.id}`} target="_blank" style={{ fontFamily: 'monospace' }}>
                  {order.code}
                </Link>{' '}
                <StatusTag status={order.status} /> {order.title}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t(`workOrders.type.${order.type}`)} · {categoryLabel(order.category)} · {formatTime(order.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      }
    />
  );
}
