import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkOrderEvents, type WorkOrderEvent } from '@/features/work-orders/api/list-work-order-events';
import { StatusTag } from '@/features/work-orders/components/Tags';
import { formatDateTime } from '@/lib/format';

const COLORS: Partial<Record<WorkOrderEvent['type'], string>> = {
  CREATED: 'blue',
  COMPLETED: 'green',
  RETURN_VISITED: 'green',
  REOPENED: 'red',
  CANCELLED: 'gray',
  HELD: 'orange',
  COMMENTED: 'gray',
};

/** The order's history, oldest first: what, who, when, the note and any status change. */
export function WorkOrderTimeline({ workOrderId }: { workOrderId: string }) {
  const { t, i18n } = useTranslation();
  const events = useWorkOrderEvents(workOrderId);
  if (events.isPending) return <Skeleton active />;
  if (events.isError || events.data.length === 0) return <Empty />;
  return (
    <Timeline
      data-testid="timeline"
      items={events.data.map((event) => ({
        key: event.id,
        color: COLORS[event.type] ?? 'blue',
        children: (
          <div>
            <Typography.Text strong>{t(`workOrders.event.${event.type}`)}</Typography.Text>{' '}
            {event.fromStatus && event.toStatus && (
              <span>
                <StatusTag status={event.fromStatus} />→ <StatusTag status={event.toStatus} />
              </span>
            )}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {event.actorName} · {formatDateTime(event.at, i18n.language)}
            </Typography.Text>
            {event.note && (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {/* Breach entries carry a machine key (RESPONSE / RESOLUTION) rather than words. */}
                {event.type === 'SLA_BREACHED' ? t(`workOrders.breach.${event.note}`) : event.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
