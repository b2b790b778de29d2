import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { Countdown } from '@/features/work-orders/components/Countdown';
import { useNow } from '@/lib/duration';
import { useFormatDateTime } from '@/components/TimeZone';

/** Due times with live countdowns (every 30 s) and what actually happened. */
export function SlaBlock({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const now = useNow();
  const { sla } = order;
  const stopped = order.status === 'CANCELLED';
  const due = (at: string, doneAt: string | undefined, breached: boolean, kind: 'response' | 'resolution') => (
    <div>
      <Typography.Text type={breached ? 'danger' : undefined} strong={breached}>
        {formatTime(at)}
      </Typography.Text>{' '}
      {doneAt ? (
        <Typography.Text type={breached ? 'danger' : 'success'}>
          {t(`workOrders.sla.${kind === 'response' ? 'responded' : 'met'}${breached ? 'Late' : 'OnTime'}`)} ({formatTime(doneAt)})
        </Typography.Text>
      ) : (
        !stopped && <Countdown dueAt={at} now={now} />
      )}
    </div>
  );
  return (
    <Descriptions size="small" column={1} bordered data-testid="sla-block">
      <Descriptions.Item label={t('workOrders.sla.response')}>{due(sla.responseDueAt, sla.respondedAt, sla.responseBreached, 'response')}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.sla.resolution')}>{due(sla.resolutionDueAt, sla.completedAt, sla.resolutionBreached, 'resolution')}</Descriptions.Item>
      {sla.returnVisitDueAt && (
        <Descriptions.Item label={t('workOrders.sla.returnVisit')}>
          {formatTime(sla.returnVisitDueAt)} {order.status === 'COMPLETED' && <Countdown dueAt={sla.returnVisitDueAt} now={now} />}
        </Descriptions.Item>
      )}
      {sla.closedAt && <Descriptions.Item label={t('workOrders.sla.closedAt')}>{formatTime(sla.closedAt)}</Descriptions.Item>}
    </Descriptions>
  );
}
