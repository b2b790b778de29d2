import { PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Rate, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { WorkOrderEvidence } from '@/components/files/WorkOrderEvidence';
import { useWorkOrder } from '@/features/work-orders/api/get-work-order';
import { workOrderEventsQueryKey } from '@/features/work-orders/api/list-work-order-events';
import { ActionBar } from '@/features/work-orders/components/ActionBar';
import { whereOf } from '@/features/work-orders/components/DueCell';
import { SlaBlock } from '@/features/work-orders/components/SlaBlock';
import { PriorityTag, StatusTag, useCategoryLabel } from '@/features/work-orders/components/Tags';
import { WorkOrderTimeline } from '@/features/work-orders/components/WorkOrderTimeline';
import { useFormatDateTime } from '@/components/TimeZone';
import { useFollowProject } from '@/lib/selected-project';

export function formatFen(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(fen / 100);
}

/**
 * Whether the caller may attach photos: the server allows the assignee and the front desk until the order is closed
 * or cancelled. The order's allowed actions tell: both have an action besides commenting (which anyone may).
 */
function canAttach(order: { status: string; allowedActions: readonly string[] }): boolean {
  return order.status !== 'CLOSED' && order.status !== 'CANCELLED' && order.allowedActions.some((action) => action !== 'COMMENT');
}

/** /work-orders/:workOrderId — fields, SLA, the allowed actions and the timeline. */
export function WorkOrderPage() {
  const { t, i18n } = useTranslation();
  const formatTime = useFormatDateTime();
  const categoryLabel = useCategoryLabel();
  const { workOrderId = '' } = useParams();
  const query = useWorkOrder(workOrderId);
  const order = query.data;

  useFollowProject(order?.projectId);

  if (query.isError) {
    return (
      <Card>
        <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!order) return <Card loading />;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: t('nav.workOrders'), to: '/work-orders' }, { title: order.code }]}
        title={
          <>
            {order.title} <StatusTag status={order.status} />
          </>
        }
        subTitle={<span style={{ fontFamily: 'monospace' }}>{order.code}</span>}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <ActionBar order={order} />
        {order.allowedActions.length === 0 && <Typography.Text type="secondary">{t('workOrders.detail.noActions')}</Typography.Text>}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('workOrders.detail.details')} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="order-fields">
              <Descriptions.Item label={t('workOrders.fields.where')}>{whereOf(order)}</Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.type')}>{t(`workOrders.type.${order.type}`)}</Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.category')}>{categoryLabel(order.category)}</Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.priority')}>
                <PriorityTag priority={order.priority} />
              </Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.channel')}>{t(`workOrders.channel.${order.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.createdAt')}>{formatTime(order.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.reporter')}>
                {order.reporter.name} ·{' '}
                <span style={{ whiteSpace: 'nowrap' }}>
                  {order.reporter.phoneMasked ? order.reporter.phone : <a href={`tel:${order.reporter.phone}`}>{order.reporter.phone}</a>}
                </span>
                {!order.reporter.phoneMasked && (
                  <Button type="primary" size="small" icon={<PhoneOutlined />} href={`tel:${order.reporter.phone}`} style={{ marginInlineStart: 8 }} data-testid="call-reporter">
                    {t('workOrders.callReporter')}
                  </Button>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.firstResponsible')}>{order.firstResponsibleName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.assignee')}>{order.assigneeName ?? t('workOrders.detail.unassigned')}</Descriptions.Item>
              <Descriptions.Item label={t('workOrders.fields.reopenCount')}>
                {order.reopenCount > 0 ? <Tag color="magenta">{order.reopenCount}</Tag> : 0}
              </Descriptions.Item>
              {order.reworkOf && (
                <Descriptions.Item label={t('workOrders.fields.reworkOf')}>
                  <Link to={`/work-orders/${order.reworkOf}`}>{t('workOrders.detail.earlierOrder')}</Link>
                </Descriptions.Item>
              )}
              {order.feeFen !== undefined && (
                <Descriptions.Item label={t('workOrders.fields.fee')}>{formatFen(order.feeFen, i18n.language)}</Descriptions.Item>
              )}
              {order.satisfaction !== undefined && (
                <Descriptions.Item label={t('workOrders.fields.satisfaction')}>
                  <Rate disabled value={order.satisfaction} style={{ fontSize: 16 }} />
                </Descriptions.Item>
              )}
            </Descriptions>
            {order.description && (
              <>
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
                  {t('workOrders.fields.description')}
                </Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{order.description}</Typography.Paragraph>
              </>
            )}
            {order.resolution && (
              <>
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
                  {t('workOrders.fields.resolution')}
                </Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{order.resolution}</Typography.Paragraph>
              </>
            )}
          </Card>
          <WorkOrderEvidence workOrderId={order.id} canAttach={canAttach(order)} invalidate={workOrderEventsQueryKey(order.id)} />
          <Card title={t('workOrders.detail.sla')}>
            <SlaBlock order={order} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('workOrders.detail.timeline')}>
            <WorkOrderTimeline workOrderId={order.id} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
