import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { Countdown } from '@/features/work-orders/components/Countdown';
import { useNow } from '@/features/work-orders/components/sla';
import { formatDateTime } from '@/lib/format';

/** Due times with live countdowns (every 30 s) and what actually happened. */
export function SlaBlock({ order }: { order: WorkOrder }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const { sla } = order;
  const stopped = order.status === 'CANCELLED';
  const due = (at: string, doneAt: string | undefined, breached: boolean, kind: 'response' | 'resolution') => (
    <div>
      <Typography.Text type={breached ? 'danger' : undefined} strong={breached}>
        {formatDateTime(at, i18n.language)}
      </Typography.Text>{' '}
      {doneAt ? (
        <Typography.Text type={breached ? 'danger' : 'success'}>
          {t(`workOrders.sla.${kind === 'response' ? 'responded' : 'met'}${breached ? 'Late' : 'OnTime'}`)} ({formatDateTime(doneAt, i18n.language)})
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
          {formatDateTime(sla.returnVisitDueAt, i18n.language)} {order.status === 'COMPLETED' && <Countdown dueAt={sla.returnVisitDueAt} now={now} />}
        </Descriptions.Item>
      )}
      {sla.closedAt && <Descriptions.Item label={t('workOrders.sla.closedAt')}>{formatDateTime(sla.closedAt, i18n.language)}</Descriptions.Item>}
    </Descriptions>
  );
}
