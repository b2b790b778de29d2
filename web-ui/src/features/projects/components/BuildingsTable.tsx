import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useBuildings, type Building } from '@/features/projects/api/list-buildings';
import { BuildingFormModal } from '@/features/projects/components/BuildingFormModal';
import { formatNumber } from '@/lib/format';

type Dialog = { open: false } | { open: true; buildingId?: string };

export function BuildingsTable({
  projectId,
  canManage,
  onShowUnits,
}: {
  projectId: string;
  canManage: boolean;
  /** Shows the units of a building (switches to the units tab filtered by it). */
  onShowUnits: (buildingId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const buildings = useBuildings(projectId);
  const [dialog, setDialog] = useState<Dialog>({ open: false });

  if (buildings.isError) return <QueryErrorResult error={buildings.error} onRetry={() => void buildings.refetch()} />;
  const items = buildings.data?.pages.flatMap((page) => page.items) ?? [];

  const columns: ColumnsType<Building> = [
    { title: t('buildings.code'), dataIndex: 'code', width: 110 },
    { title: t('buildings.name'), dataIndex: 'name' },
    {
      title: t('buildings.floors'),
      dataIndex: 'floors',
      align: 'right',
      responsive: ['sm'],
      render: (value: number | undefined) => formatNumber(value, i18n.language),
    },
    {
      title: t('buildings.units'),
      dataIndex: 'unitCount',
      align: 'right',
      render: (value: number, building) => (
        <Button type="link" size="small" onClick={() => onShowUnits(building.id)} style={{ padding: 0 }}>
          {formatNumber(value, i18n.language)}
        </Button>
      ),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, building: Building) => (
              <Button
                type="text"
                size="small"
                icon={<EditOutlined />}
                aria-label={t('buildings.editAria', { name: building.name })}
                onClick={() => setDialog({ open: true, buildingId: building.id })}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {canManage && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ open: true })}>
            {t('buildings.new')}
          </Button>
        </Flex>
      )}
      <Table<Building>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={buildings.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('buildings.none') }}
      />
      <LoadMore
        shown={items.length}
        hasMore={buildings.hasNextPage}
        loading={buildings.isFetchingNextPage}
        onLoadMore={() => void buildings.fetchNextPage()}
      />
      {canManage && (
        <BuildingFormModal
          projectId={projectId}
          open={dialog.open}
          buildingId={dialog.open ? dialog.buildingId : undefined}
          onClose={() => setDialog({ open: false })}
        />
      )}
    </>
  );
}
