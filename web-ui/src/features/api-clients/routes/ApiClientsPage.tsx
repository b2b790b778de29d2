import { EditOutlined, PlusOutlined, StopOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatShortDateTime } from '@/components/TimeZone';
import { useApiClients, type ApiClient, type ApiClientCredentials, type ApiClientStatus } from '@/features/api-clients/api/list-api-clients';
import { useRevokeApiClient } from '@/features/api-clients/api/revoke-api-client';
import { secretsOf } from '@/features/api-clients/api-client-form';
import type { ProjectOption } from '@/components/AccessFields';
import { useConfirmAction } from '@/components/useConfirmAction';
import { ApiClientFormModal } from '@/features/api-clients/components/ApiClientFormModal';
import { RotateSecretModal } from '@/features/api-clients/components/RotateSecretModal';
import { SecretOnce } from '@/features/api-clients/components/SecretOnce';
import { useUpdateSearchParams } from '@/lib/search-params';

const STATUSES: readonly ApiClientStatus[] = ['ACTIVE', 'REVOKED'];

/**
 * /admin/api-clients (ADMIN) — integrations' service accounts: create (secret shown once with a copy button), edit
 * name, projects and scopes, rotate the secret with a grace period, revoke; last use and the secrets valid now.
 */
export function ApiClientsPage({ projects }: { projects: readonly ProjectOption[] }) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const formatTime = useFormatShortDateTime();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const statusParam = params.get('status');
  const status = STATUSES.find((s) => s === statusParam);
  const clients = useApiClients(status);
  const revoke = useRevokeApiClient();
  const [editing, setEditing] = useState<ApiClient | 'new'>();
  const [rotating, setRotating] = useState<ApiClient>();
  const [shown, setShown] = useState<ApiClientCredentials>();
  const projectCode = new Map(projects.map((project) => [project.id, project.code]));

  const { confirm } = useConfirmAction();
  const confirmRevoke = (client: ApiClient) =>
    confirm({
      title: t('apiClients.revokeTitle', { name: client.name }),
      content: t('apiClients.revokeDetail'),
      okText: t('apiClients.revoke'),
      danger: true,
      action: () => revoke.mutateAsync(client.id),
    });

  if (clients.isError) return <QueryErrorResult error={clients.error} onRetry={() => void clients.refetch()} />;
  const items = clients.data?.pages.flatMap((page) => page.items) ?? [];

  const scopeTags = (client: ApiClient) => client.scopes.map((scope) => <Tag key={scope}>{scope}</Tag>);
  const projectTags = (client: ApiClient) =>
    client.projectIds.map((id) => (
      <Tag key={id} color="blue">
        {projectCode.get(id) ?? '?'}
      </Tag>
    ));
  const secretText = (client: ApiClient) => {
    const { current, previous } = secretsOf(client);
    if (!current && !previous) return <Typography.Text type="secondary">{t('apiClients.noSecret')}</Typography.Text>;
    return (
      <div>
        {current && (
          <div>
            <Typography.Text code>{current.prefix}…</Typography.Text> <Typography.Text type="secondary">{t('apiClients.currentSecret')}</Typography.Text>
          </div>
        )}
        {previous && (
          <div>
            <Typography.Text code>{previous.prefix}…</Typography.Text>{' '}
            <Typography.Text type="warning">{t('apiClients.previousSecret', { time: formatTime(previous.expiresAt) })}</Typography.Text>
          </div>
        )}
      </div>
    );
  };
  const lastUsed = (client: ApiClient) =>
    client.lastUsedAt ? formatTime(client.lastUsedAt) : <Typography.Text type="secondary">{t('apiClients.never')}</Typography.Text>;

  const columns: ColumnsType<ApiClient> = [
    {
      title: t('apiClients.name'),
      dataIndex: 'name',
      render: (_: string, client) => (
        <div style={{ maxWidth: phone ? 200 : 320 }}>
          <Typography.Text strong delete={client.status === 'REVOKED'}>
            {client.name}
          </Typography.Text>{' '}
          {client.status === 'REVOKED' && <Tag>{t('apiClients.REVOKED')}</Tag>}
          <Typography.Text type="secondary" copyable={{ text: client.id }} style={{ display: 'block', fontSize: 12, wordBreak: 'break-all' }}>
            {client.id}
          </Typography.Text>
          {client.revokedAt && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('apiClients.revokedAt', { time: formatTime(client.revokedAt) })}
            </Typography.Text>
          )}
          {phone && (
            <div style={{ marginTop: 4 }}>
              {projectTags(client)}
              {scopeTags(client)}
              <div style={{ fontSize: 12, marginTop: 4 }}>
                {t('apiClients.lastUsed')}: {lastUsed(client)}
              </div>
              {client.status === 'ACTIVE' && <div style={{ marginTop: 4 }}>{secretText(client)}</div>}
            </div>
          )}
        </div>
      ),
    },
    ...(phone
      ? []
      : [
          { title: t('apiClients.projects'), key: 'projects', render: (_: unknown, client: ApiClient) => projectTags(client) },
          {
            title: t('apiClients.scopes'),
            key: 'scopes',
            render: (_: unknown, client: ApiClient) => <div style={{ maxWidth: 260 }}>{scopeTags(client)}</div>,
          },
          { title: t('apiClients.secret'), key: 'secret', render: (_: unknown, client: ApiClient) => secretText(client) },
          { title: t('apiClients.lastUsed'), key: 'lastUsed', render: (_: unknown, client: ApiClient) => lastUsed(client) },
        ]),
    {
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      render: (_: unknown, client) =>
        client.status === 'ACTIVE' ? (
          <Space size={0}>
            <Tooltip title={t('common.edit')}>
              <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(client)} />
            </Tooltip>
            <Tooltip title={t('apiClients.rotate')}>
              <Button type="text" icon={<SyncOutlined />} aria-label={t('apiClients.rotate')} onClick={() => setRotating(client)} data-testid="rotate-secret" />
            </Tooltip>
            <Tooltip title={t('apiClients.revoke')}>
              <Button type="text" danger icon={<StopOutlined />} aria-label={t('apiClients.revoke')} onClick={() => confirmRevoke(client)} />
            </Tooltip>
          </Space>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('apiClients.title')}
        subTitle={t('apiClients.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-api-client">
            {t('apiClients.new')}
          </Button>
        }
      />
      {shown && <SecretOnce credentials={shown} onClose={() => setShown(undefined)} />}
      <Card styles={{ body: { padding: phone ? 12 : 16 } }}>
        <Segmented
          style={{ marginBottom: 12 }}
          value={status ?? 'ALL'}
          onChange={(value) => update({ status: value === 'ALL' ? undefined : String(value) })}
          options={[
            { value: 'ALL', label: t('apiClients.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`apiClients.${s}`) })),
          ]}
        />
        <Table<ApiClient>
          rowKey="id"
          size={phone ? 'small' : 'middle'}
          columns={columns}
          dataSource={items}
          loading={clients.isPending || (clients.isFetching && clients.isPlaceholderData)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('apiClients.none') }}
        />
        <LoadMore shown={items.length} hasMore={clients.hasNextPage} loading={clients.isFetchingNextPage} onLoadMore={() => void clients.fetchNextPage()} />
      </Card>
      <ApiClientFormModal
        client={editing === 'new' ? undefined : editing}
        open={editing !== undefined}
        projects={projects}
        onClose={() => setEditing(undefined)}
        onCreated={setShown}
      />
      <RotateSecretModal client={rotating} onClose={() => setRotating(undefined)} onRotated={setShown} />
    </>
  );
}
