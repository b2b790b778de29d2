import { Card, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useProjects, type Project } from '@/features/projects/api/list-projects';
import { formatNumber } from '@/lib/format';

export function ProjectsTable() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const projects = useProjects();
  // On a phone the code moves next to the name, so that the counts fit without scrolling.
  const phone = !Grid.useBreakpoint().sm;

  if (projects.isError) return <QueryErrorResult error={projects.error} onRetry={() => void projects.refetch()} />;
  const items = projects.data?.pages.flatMap((page) => page.items) ?? [];

  const columns: ColumnsType<Project> = [
    ...(phone ? [] : [{ title: t('projects.code'), dataIndex: 'code', width: 100, render: (code: string) => <Tag>{code}</Tag> }]),
    {
      title: t('projects.name'),
      dataIndex: 'name',
      render: (name: string, project) => (
        <div>
          {phone && <Tag>{project.code}</Tag>}
          <Link to={`/projects/${project.id}`}>{name}</Link>
          {project.address && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
              {project.address}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: t('projects.timezone'), dataIndex: 'timezone', responsive: ['md'] },
    {
      title: t('projects.buildings'),
      dataIndex: 'buildingCount',
      align: 'right',
      render: (value: number) => formatNumber(value, i18n.language),
    },
    {
      title: t('projects.units'),
      dataIndex: 'unitCount',
      align: 'right',
      render: (value: number) => formatNumber(value, i18n.language),
    },
  ];

  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Table<Project>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={projects.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(project) => ({
          onClick: (event) => {
            if ((event.target as HTMLElement).closest('a')) return;
            void navigate(`/projects/${project.id}`);
          },
          style: { cursor: 'pointer' },
        })}
        locale={{ emptyText: t('projects.none') }}
      />
      <div style={{ paddingBottom: 12 }}>
        <LoadMore
          shown={items.length}
          hasMore={projects.hasNextPage}
          loading={projects.isFetchingNextPage}
          onLoadMore={() => void projects.fetchNextPage()}
        />
      </div>
    </Card>
  );
}
