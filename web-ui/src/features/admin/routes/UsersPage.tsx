import { EditOutlined, KeyOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Grid, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useConfirmAction } from '@/components/useConfirmAction';
import { useUsers, type Role, type User } from '@/features/admin/api/list-users';
import { useUpdateUser } from '@/features/admin/api/update-user';
import { PasswordResetModal } from '@/features/admin/components/PasswordResetModal';
import { ROLES, UserFormModal, type ProjectOption } from '@/features/admin/components/UserFormModal';
import { useUpdateSearchParams } from '@/lib/search-params';

const ACTIVE = { yes: true, no: false } as const;

/**
 * /admin/users (ADMIN) — every staff user, filtered on the server by text, role, project and status (all in the URL);
 * create, edit with memberships, reset a password (shown once), deactivate or reactivate after a confirmation.
 */
export function UsersPage({ projects, currentUserId }: { projects: readonly ProjectOption[]; currentUserId: string }) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const q = params.get('q') ?? '';
  const role = (params.get('role') ?? undefined) as Role | undefined;
  const projectId = params.get('project') ?? undefined;
  const activeParam = params.get('active') as keyof typeof ACTIVE | null;
  const users = useUsers({ q: q || undefined, role, projectId, active: activeParam ? ACTIVE[activeParam] : undefined });
  const [search, setSearch] = useState(q);
  const [editing, setEditing] = useState<User | 'new'>();
  const [resetting, setResetting] = useState<User>();
  const [shown, setShown] = useState<{ user: User; password: string }>();
  const toggle = useUpdateUser();
  const projectName = new Map(projects.map((project) => [project.id, project.code]));

  const { confirm } = useConfirmAction();
  const confirmActive = (user: User) => {
    const deactivate = user.active;
    confirm({
      title: t(deactivate ? 'admin.users.deactivateTitle' : 'admin.users.reactivateTitle', { name: user.displayName }),
      content: t(deactivate ? 'admin.users.deactivateDetail' : 'admin.users.reactivateDetail'),
      okText: t(deactivate ? 'admin.users.deactivate' : 'admin.users.reactivate'),
      danger: deactivate,
      action: () => toggle.mutateAsync({ userId: user.id, ifMatch: `"${String(user.version)}"`, body: { active: !deactivate } }),
    });
  };


  if (users.isError) return <QueryErrorResult error={users.error} onRetry={() => void users.refetch()} />;
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  const columns: ColumnsType<User> = [
    {
      title: t('admin.users.user'),
      dataIndex: 'displayName',
      render: (_: string, user) => (
        <div>
          <Typography.Text strong delete={!user.active}>
            {user.displayName}
          </Typography.Text>{' '}
          {!user.active && <Tag color="default">{t('admin.users.inactive')}</Tag>}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {user.username}
            {user.phone ? ` · ${user.phone}` : ''}
          </Typography.Text>
          {phone && (
            <div style={{ marginTop: 4 }}>
              {user.roles.map((r) => (
                <Tag key={r}>{t(`roles.${r}`)}</Tag>
              ))}
              {user.projectIds.map((id) => (
                <Tag key={id} color="blue">
                  {projectName.get(id) ?? '?'}
                </Tag>
              ))}
            </div>
          )}
        </div>
      ),
    },
    ...(phone
      ? []
      : [
          {
            title: t('admin.users.roles'),
            dataIndex: 'roles',
            render: (roles: Role[]) => roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>),
          },
          {
            title: t('admin.users.projects'),
            dataIndex: 'projectIds',
            render: (ids: string[], user: User) =>
              user.roles.includes('ADMIN') ? (
                <Typography.Text type="secondary">{t('admin.users.allProjects')}</Typography.Text>
              ) : ids.length === 0 ? (
                <Typography.Text type="warning">{t('admin.users.noProjects')}</Typography.Text>
              ) : (
                ids.map((id) => (
                  <Tag key={id} color="blue">
                    {projectName.get(id) ?? '?'}
                  </Tag>
                ))
              ),
          },
        ]),
    {
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      render: (_: unknown, user) => (
        <Space size={0}>
          <Tooltip title={t('common.edit')}>
            <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(user)} data-testid="edit-user" />
          </Tooltip>
          <Tooltip title={t('admin.users.resetPassword')}>
            <Button type="text" icon={<KeyOutlined />} aria-label={t('admin.users.resetPassword')} onClick={() => setResetting(user)} />
          </Tooltip>
          {user.id !== currentUserId && (
            <Tooltip title={t(user.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}>
              <Button
                type="text"
                danger={user.active}
                icon={user.active ? <StopOutlined /> : <UndoOutlined />}
                aria-label={t(user.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}
                onClick={() => confirmActive(user)}
              />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('admin.users.title')}
        subTitle={t('admin.users.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-user">
            {t('admin.users.new')}
          </Button>
        }
      />
      {shown && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setShown(undefined)}
          style={{ marginBottom: 16 }}
          message={t('admin.users.passwordOnce', { name: shown.user.displayName, username: shown.user.username })}
          description={
            <Typography.Text copyable code style={{ fontSize: 16 }} data-testid="shown-password">
              {shown.password}
            </Typography.Text>
          }
        />
      )}
      <Card styles={{ body: { padding: phone ? 12 : 16 } }}>
        <Space wrap style={{ marginBottom: 12, width: '100%' }}>
          <Input.Search
            allowClear
            placeholder={t('admin.users.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: phone ? '100%' : 260 }}
            data-testid="user-search"
          />
          <Select
            allowClear
            placeholder={t('admin.users.roles')}
            value={role}
            onChange={(value?: Role) => update({ role: value })}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            style={{ width: 150 }}
          />
          <Select
            allowClear
            placeholder={t('admin.users.projects')}
            value={projectId}
            onChange={(value?: string) => update({ project: value })}
            options={projects.map((project) => ({ value: project.id, label: `${project.code} ${project.name}` }))}
            style={{ width: 170 }}
          />
          <Select
            allowClear
            placeholder={t('admin.users.status')}
            value={activeParam ?? undefined}
            onChange={(value?: string) => update({ active: value })}
            options={[
              { value: 'yes', label: t('admin.users.active') },
              { value: 'no', label: t('admin.users.inactive') },
            ]}
            style={{ width: 120 }}
          />
        </Space>
        <Table<User>
          rowKey="id"
          size={phone ? 'small' : 'middle'}
          columns={columns}
          dataSource={items}
          loading={users.isPending || (users.isFetching && users.isPlaceholderData)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('admin.users.none') }}
        />
        <LoadMore shown={items.length} hasMore={users.hasNextPage} loading={users.isFetchingNextPage} onLoadMore={() => void users.fetchNextPage()} />
      </Card>
      <UserFormModal
        user={editing === 'new' ? undefined : editing}
        open={editing !== undefined}
        projects={projects}
        onClose={() => setEditing(undefined)}
        onCreated={(user, password) => setShown({ user, password })}
      />
      <PasswordResetModal user={resetting} onClose={() => setResetting(undefined)} onDone={(user, password) => setShown({ user, password })} />
    </>
  );
}
