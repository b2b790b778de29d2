import { DeleteOutlined, EditOutlined, KeyOutlined, PlusOutlined, SendOutlined, StopOutlined, UndoOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Grid, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import {
  useDeleteWebhook,
  useRotateSecret,
  useTestWebhook,
  useUpdateWebhook,
  useWebhooks,
  type Webhook,
} from '@/features/webhooks/api/webhooks';
import { DeliveriesDrawer } from '@/features/webhooks/components/DeliveriesDrawer';
import type { ProjectOption } from '@/components/AccessFields';
import { useConfirmAction } from '@/components/useConfirmAction';
import { useFormatDateTime } from '@/components/TimeZone';
import { WebhookFormModal } from '@/features/webhooks/components/WebhookFormModal';
import { disabledReasonKey, typeLabelKey } from '@/features/webhooks/webhook-rules';

/**
 * /admin/webhooks (ADMIN) — webhook subscriptions with their state (a disabled one says why), create and edit, the
 * secret shown once (create, rotate), a test message, enable/disable, delete, and each one's delivery log.
 */
export function WebhooksPage({ projects }: { projects: readonly ProjectOption[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const webhooks = useWebhooks();
  const formatDateTime = useFormatDateTime();
  const [editing, setEditing] = useState<Webhook | 'new'>();
  const [logOf, setLogOf] = useState<Webhook>();
  const [secret, setSecret] = useState<Webhook>();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const rotate = useRotateSecret();
  const test = useTestWebhook();
  const projectCode = new Map(projects.map((project) => [project.id, project.code]));

  const { confirm: ask, failed } = useConfirmAction();
  const confirm = (title: string, content: string, okText: string, danger: boolean, action: () => Promise<unknown>) =>
    ask({ title, content, okText, danger, action });

  if (webhooks.isError) return <QueryErrorResult error={webhooks.error} onRetry={() => void webhooks.refetch()} />;
  const items = webhooks.data?.pages.flatMap((page) => page.items) ?? [];

  const state = (w: Webhook) =>
    w.active ? (
      <div>
        <Tag color="success">{t('webhooks.active')}</Tag>
        {w.failures > 0 && <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>{t('webhooks.failing', { count: w.failures })}</Typography.Text>}
      </div>
    ) : (
      <div style={{ maxWidth: 220 }}>
        <Tag color={w.disabledReason ? 'error' : 'default'}>{w.disabledReason ? t('webhooks.autoDisabled') : t('webhooks.disabled')}</Tag>
        {w.disabledReason && (
          <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
            {formatDateTime(w.disabledAt)} · {t(disabledReasonKey(w.disabledReason))}
          </Typography.Text>
        )}
      </div>
    );

  const columns: ColumnsType<Webhook> = [
    {
      title: t('webhooks.target'),
      dataIndex: 'url',
      render: (url: string, w) => (
        <div style={{ maxWidth: phone ? 200 : 300 }}>
          <Typography.Text strong style={{ wordBreak: 'break-all' }}>{url}</Typography.Text>
          {w.description && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{w.description}</Typography.Text>}
          {phone && (
            <div style={{ marginTop: 4 }}>
              {w.eventTypes.map((type) => (
                <Tag key={type} style={{ marginBottom: 4 }}>{t(typeLabelKey(type))}</Tag>
              ))}
              {state(w)}
            </div>
          )}
        </div>
      ),
    },
    ...(phone
      ? []
      : [
          {
            title: t('webhooks.events'),
            dataIndex: 'eventTypes',
            render: (types: Webhook['eventTypes']) => (
              <div style={{ maxWidth: 250 }}>
                {types.map((type) => (
                  <Tag key={type} style={{ marginBottom: 4 }}>{t(typeLabelKey(type))}</Tag>
                ))}
              </div>
            ),
          },
          {
            title: t('webhooks.projects'),
            dataIndex: 'projectIds',
            render: (ids: string[]) => ids.map((id) => <Tag key={id} color="blue">{projectCode.get(id) ?? '?'}</Tag>),
          },
          { title: t('webhooks.state'), key: 'state', render: (_: unknown, w: Webhook) => state(w) },
        ]),
    {
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      render: (_: unknown, w) => (
        <Space size={0} wrap={phone} style={phone ? { width: 96, justifyContent: 'flex-end' } : undefined}>
          <Tooltip title={t('webhooks.actions.deliveries')}>
            <Button type="text" icon={<UnorderedListOutlined />} aria-label={t('webhooks.actions.deliveries')} onClick={() => setLogOf(w)} data-testid="webhook-log" />
          </Tooltip>
          <Tooltip title={t('common.edit')}>
            <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(w)} />
          </Tooltip>
          <Tooltip title={t('webhooks.actions.test')}>
            <Button
              type="text"
              icon={<SendOutlined />}
              aria-label={t('webhooks.actions.test')}
              disabled={!w.active}
              onClick={() => void test.mutateAsync({ webhookId: w.id }).then(() => message.success(t('webhooks.actions.testQueued')), failed)}
            />
          </Tooltip>
          <Tooltip title={t('webhooks.actions.rotate')}>
            <Button
              type="text"
              icon={<KeyOutlined />}
              aria-label={t('webhooks.actions.rotate')}
              onClick={() =>
                confirm(t('webhooks.actions.rotateTitle'), t('webhooks.actions.rotateDetail'), t('webhooks.actions.rotate'), false, async () =>
                  setSecret(await rotate.mutateAsync({ webhookId: w.id })),
                )
              }
            />
          </Tooltip>
          <Tooltip title={t(w.active ? 'webhooks.actions.disable' : 'webhooks.actions.enable')}>
            <Button
              type="text"
              danger={w.active}
              icon={w.active ? <StopOutlined /> : <UndoOutlined />}
              aria-label={t(w.active ? 'webhooks.actions.disable' : 'webhooks.actions.enable')}
              onClick={() =>
                w.active
                  ? void update.mutateAsync({ webhookId: w.id, ifMatch: `"${String(w.version)}"`, body: { active: false } }).catch(failed)
                  : confirm(t('webhooks.actions.enable'), t('webhooks.actions.enableDetail'), t('webhooks.actions.enable'), false, () =>
                      update.mutateAsync({ webhookId: w.id, ifMatch: `"${String(w.version)}"`, body: { active: true } }),
                    )
              }
            />
          </Tooltip>
          <Tooltip title={t('webhooks.actions.delete')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('webhooks.actions.delete')}
              onClick={() =>
                confirm(t('webhooks.actions.deleteTitle'), t('webhooks.actions.deleteDetail', { url: w.url }), t('webhooks.actions.delete'), true, () =>
                  remove.mutateAsync({ webhookId: w.id }),
                )
              }
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        subTitle={t('webhooks.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-webhook">
            {t('webhooks.new')}
          </Button>
        }
      />
      {secret?.secret && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSecret(undefined)}
          style={{ marginBottom: 16 }}
          message={t('webhooks.secretOnce', { url: secret.url })}
          description={
            <>
              <Typography.Text copyable code style={{ fontSize: 15, wordBreak: 'break-all' }} data-testid="shown-secret">
                {secret.secret}
              </Typography.Text>
              {secret.previousSecretUntil && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('webhooks.secretRotated', { until: formatDateTime(secret.previousSecretUntil) })}
                </Typography.Text>
              )}
            </>
          }
        />
      )}
      <Card styles={{ body: { padding: phone ? 12 : 16 } }}>
        <Table<Webhook>
          rowKey="id"
          size={phone ? 'small' : 'middle'}
          columns={columns}
          dataSource={items}
          loading={webhooks.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('webhooks.none') }}
        />
        <LoadMore shown={items.length} hasMore={webhooks.hasNextPage} loading={webhooks.isFetchingNextPage} onLoadMore={() => void webhooks.fetchNextPage()} />
      </Card>
      <WebhookFormModal
        webhook={editing === 'new' ? undefined : editing}
        open={editing !== undefined}
        projects={projects}
        onClose={() => setEditing(undefined)}
        onCreated={setSecret}
      />
      <DeliveriesDrawer webhook={logOf} onClose={() => setLogOf(undefined)} />
    </>
  );
}
