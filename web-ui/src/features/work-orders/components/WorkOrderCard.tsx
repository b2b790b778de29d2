import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { DueCell, whereOf } from '@/features/work-orders/components/DueCell';
import { PriorityTag, StatusTag, useCategoryLabel } from '@/features/work-orders/components/Tags';
import { useFormatDateTime } from '@/components/TimeZone';

/** One order as a card (phones): code, tags, title, where, due; `children` below (e.g. an action). */
export function WorkOrderCard({ order, children }: { order: WorkOrder; children?: ReactNode }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const categoryLabel = useCategoryLabel();
  return (
    <Card size="small" data-testid="work-order-card" styles={{ body: { padding: 12 } }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Link to={`/work-orders/${order.id}`} style={{ fontFamily: 'monospace' }}>
          {order.code}
        </Link>
        <span>
          <PriorityTag priority={order.priority} />
          <StatusTag status={order.status} />
        </span>
      </Flex>
      <Link to={`/work-orders/${order.id}`}>
        <Typography.Title level={5} style={{ margin: '6px 0 2px' }} ellipsis={{ rows: 2 }}>
          {order.title}
        </Typography.Title>
      </Link>
      <Typography.Text style={{ display: 'block' }}>{whereOf(order)}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t(`workOrders.type.${order.type}`)} · {categoryLabel(order.category)} · {formatTime(order.createdAt)}
        {order.assigneeName ? ` · ${order.assigneeName}` : ''}
      </Typography.Text>
      <div style={{ marginTop: 6 }}>
        <DueCell order={order} />
      </div>
      {children}
    </Card>
  );
}
