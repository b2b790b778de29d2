import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplaintReviewItem } from '@/features/work-orders/api/get-complaint-review';
import { PriorityTag, StatusTag } from '@/features/work-orders/components/Tags';
import { useFormatMinutes } from '@/lib/duration';
import { useFormatDateTime } from '@/components/TimeZone';
import { useActorName } from '@/lib/actors';

const OVERDUE_RED = '#ff4d4f';

/** One open complaint on the review board: who owns it, who works on it, how old, and the last thing said about it. */
export function ComplaintCard({ item }: { item: ComplaintReviewItem }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const actorName = useActorName();
  const duration = useFormatMinutes();
  const where = [item.unitLabel, item.location].filter(Boolean).join(' · ') || '—';
  return (
    <Card
      size="small"
      data-testid="complaint-card"
      data-overdue={item.overdue}
      style={item.overdue ? { borderColor: OVERDUE_RED, borderInlineStartWidth: 4 } : undefined}
      styles={{ body: { padding: 12 } }}
    >
      <Flex justify="space-between" align="center" gap={4} wrap>
        <Link to={`/work-orders/${item.id}`} style={{ fontFamily: 'monospace' }}>
          {item.code}
        </Link>
        <span>
          <PriorityTag priority={item.priority} />
          <StatusTag status={item.status} />
        </span>
      </Flex>
      <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ margin: '6px 0 2px' }}>
        {item.title}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {where}
      </Typography.Text>
      <Flex gap={4} wrap align="center" style={{ margin: '6px 0' }}>
        <Typography.Text type={item.overdue ? 'danger' : undefined} strong={item.overdue}>
          {t('workOrders.review.age', { time: duration(item.ageMinutes) })}
        </Typography.Text>
        {item.overdue && <Tag color="red">{t('workOrders.review.overdue')}</Tag>}
      </Flex>
      <Typography.Text style={{ display: 'block', fontSize: 13 }}>
        {t('workOrders.fields.firstResponsible')}: {item.firstResponsibleName}
      </Typography.Text>
      <Typography.Text style={{ display: 'block', fontSize: 13 }} type={item.assigneeName ? undefined : 'warning'}>
        {t('workOrders.fields.assignee')}: {item.assigneeName ?? t('workOrders.detail.unassigned')}
      </Typography.Text>
      {item.lastNote ? (
        <div data-testid="last-note" style={{ marginTop: 8, paddingInlineStart: 8, borderInlineStart: '3px solid #d9d9d9' }}>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(`workOrders.event.${item.lastNote.type}`)} · {actorName(item.lastNote.actorId, item.lastNote.actorName)} · {formatTime(item.lastNote.at)}
          </Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('common.more') }} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {/* Breach entries carry a machine key (RESPONSE / RESOLUTION) rather than words. */}
            {item.lastNote.type === 'SLA_BREACHED' ? t(`workOrders.breach.${item.lastNote.note}`) : item.lastNote.note}
          </Typography.Paragraph>
        </div>
      ) : (
        <Typography.Text type="warning" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('workOrders.review.noNote')}
        </Typography.Text>
      )}
    </Card>
  );
}
