import { RedoOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Grid, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatDateTime } from '@/components/TimeZone';
import { useDeliveries, useReplayDelivery, type DeliveryStatus, type Webhook, type WebhookDelivery } from '@/features/webhooks/api/webhooks';
import { statusColor, typeLabelKey } from '@/features/webhooks/webhook-rules';

const STATUSES: readonly DeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];

/** A subscription's delivery log: state, attempts, last answer and response time, the message; replay one. */
export function DeliveriesDrawer({ webhook, onClose }: { webhook: Webhook | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [status, setStatus] = useState<DeliveryStatus>();
  const deliveries = useDeliveries(webhook?.id, status);
  const replay = useReplayDelivery();
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  // In the project's time zone, like every time the header says it shows.
  const when = useFormatDateTime();

  /** The receiver's last answer: HTTP status, response time, the error. */
  const lastAnswer = (d: WebhookDelivery) =>
    d.attempts === 0 ? (
      '—'
    ) : (
      <div>
        <Typography.Text type={d.lastStatus && d.lastStatus < 300 ? 'success' : 'danger'}>
          {d.lastStatus ? `HTTP ${String(d.lastStatus)}` : t('webhooks.log.noAnswer')}
        </Typography.Text>
        {d.lastDurationMs !== undefined && <Typography.Text type="secondary">{` · ${String(d.lastDurationMs)} ms`}</Typography.Text>}
        {d.lastError && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, maxWidth: 260 }} ellipsis={{ tooltip: d.lastError }}>
            {d.lastError}
          </Typography.Text>
        )}
      </div>
    );

  const columns: ColumnsType<WebhookDelivery> = [
    {
      title: t('webhooks.log.created'),
      dataIndex: 'createdAt',
      render: (at: string, d) => (
        <div>
          {when(at)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(typeLabelKey(d.eventType))}
          </Typography.Text>
          {phone && (
            <div style={{ marginTop: 4 }}>
              <Tag color={statusColor(d.status)}>{t(`webhooks.log.statuses.${d.status}`)}</Tag>
              {lastAnswer(d)}
            </div>
          )}
        </div>
      ),
    },
    ...(phone
      ? []
      : [
    {
      title: t('webhooks.log.status'),
      dataIndex: 'status',
      render: (s: DeliveryStatus, d: WebhookDelivery) => (
        <div>
          <Tag color={statusColor(s)}>{t(`webhooks.log.statuses.${s}`)}</Tag>
          {d.nextAttemptAt && webhook?.active && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('webhooks.log.nextAttempt', { at: when(d.nextAttemptAt) })}
            </Typography.Text>
          )}
        </div>
      ),
    },
        ]),
    ...(phone ? [] : [{ title: t('webhooks.log.attempts'), dataIndex: 'attempts', align: 'right' as const }]),
    // On a phone the last answer goes under the state in the first column, so that the replay button stays in view.
    ...(phone ? [] : [{ title: t('webhooks.log.lastAnswer'), key: 'last', render: (_: unknown, d: WebhookDelivery) => lastAnswer(d) }]),
    {
      title: '',
      key: 'replay',
      align: 'right',
      render: (_: unknown, d) => (
        <Tooltip title={t('webhooks.log.replay')}>
          <Button
            type="text"
            icon={<RedoOutlined />}
            aria-label={t('webhooks.log.replay')}
            disabled={!webhook?.active}
            loading={replay.isPending && replay.variables.deliveryId === d.id}
            onClick={() =>
              void replay
                .mutateAsync({ webhookId: d.webhookId, deliveryId: d.id })
                .then(() => message.success(t('webhooks.log.replayed')))
                .catch(() => undefined)
            }
          />
        </Tooltip>
      ),
    },
  ];

  return (
    <Drawer
      open={webhook !== undefined}
      onClose={onClose}
      width={phone ? '100%' : 900}
      title={webhook ? t('webhooks.log.title', { url: webhook.url }) : ''}
      destroyOnHidden
    >
      <Select
        allowClear
        placeholder={t('webhooks.log.allStates')}
        value={status}
        onChange={(value?: DeliveryStatus) => setStatus(value)}
        options={STATUSES.map((s) => ({ value: s, label: t(`webhooks.log.statuses.${s}`) }))}
        style={{ width: 160, marginBottom: 12 }}
      />
      {deliveries.isError ? (
        <QueryErrorResult error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : (
        <>
          <Table<WebhookDelivery>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            loading={deliveries.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('webhooks.log.none') }}
            expandable={{
              expandedRowRender: (d) => (
                <div>
                  <Typography.Text type="secondary">
                    {t('webhooks.log.messageId')}: <Typography.Text code copyable>{d.messageId}</Typography.Text>
                  </Typography.Text>
                  <pre style={{ margin: '8px 0 0', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                    {JSON.stringify(d.message, null, 2)}
                  </pre>
                </div>
              ),
            }}
          />
          <LoadMore
            shown={items.length}
            hasMore={deliveries.hasNextPage}
            loading={deliveries.isFetchingNextPage}
            onLoadMore={() => void deliveries.fetchNextPage()}
          />
        </>
      )}
    </Drawer>
  );
}
