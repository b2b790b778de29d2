import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Input, Row, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useBuildingChoices } from '@/features/projects/api/list-buildings';
import { useUnits, type Unit, type UnitStatus } from '@/features/projects/api/list-units';
import { UNIT_STATUS_COLORS, UNIT_STATUSES } from '@/features/projects/components/labels';
import { UnitDrawer } from '@/features/projects/components/UnitDrawer';
import { UnitFormModal } from '@/features/projects/components/UnitFormModal';
import { formatArea, formatNumber } from '@/lib/format';
import { useUpdateSearchParams } from '@/lib/search-params';

/** URL query parameters that hold this panel's state. */
export const UNIT_PARAMS = { building: 'building', q: 'q', status: 'status', unit: 'unit' } as const;

function isUnitStatus(value: string | null): value is UnitStatus {
  return value !== null && (UNIT_STATUSES as readonly string[]).includes(value);
}

/**
 * The units of a project: building filter, unit-number search and occupancy filter, all held in
 * the URL (so a filtered list can be bookmarked and shared); "load more" over the cursor; a click
 * opens the unit's drawer (also in the URL).
 */
export function UnitsPanel({
  projectId,
  canManage,
  canManageResidents = canManage,
}: {
  projectId: string;
  canManage: boolean;
  canManageResidents?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const buildingId = params.get(UNIT_PARAMS.building) ?? undefined;
  const q = params.get(UNIT_PARAMS.q) ?? '';
  const statusParam = params.get(UNIT_PARAMS.status);
  const status = isUnitStatus(statusParam) ? statusParam : undefined;
  const openUnitId = params.get(UNIT_PARAMS.unit) ?? undefined;

  const buildings = useBuildingChoices(projectId);
  const units = useUnits(projectId, { buildingId, q: q.trim() || undefined, status });
  const [search, setSearch] = useState(q);
  const [creating, setCreating] = useState(false);

  const update = useUpdateSearchParams();

  // Keep the box in step with the URL (back/forward), and push typing to the URL after a pause.
  useEffect(() => setSearch(q), [q]);
  useEffect(() => {
    if (search === q) return;
    const timer = window.setTimeout(() => update({ [UNIT_PARAMS.q]: search.trim() || undefined }), 300);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const items = units.data?.pages.flatMap((page) => page.items) ?? [];

  const columns: ColumnsType<Unit> = [
    { title: t('units.label'), dataIndex: 'label', render: (label: string) => <strong>{label}</strong> },
    { title: t('units.building'), dataIndex: 'buildingCode', responsive: ['md'] },
    { title: t('units.number'), dataIndex: 'number', responsive: ['md'] },
    {
      title: t('units.floor'),
      dataIndex: 'floor',
      align: 'right',
      responsive: ['sm'],
      render: (value: number | undefined) => formatNumber(value, i18n.language),
    },
    {
      title: t('units.area'),
      dataIndex: 'areaM2',
      align: 'right',
      responsive: ['lg'],
      render: (value: number | undefined) => formatArea(value, i18n.language),
    },
    {
      title: t('units.status'),
      dataIndex: 'status',
      render: (value: UnitStatus) => <Tag color={UNIT_STATUS_COLORS[value]}>{t(`unitStatus.${value}`)}</Tag>,
    },
    {
      title: t('units.residents'),
      dataIndex: 'residentCount',
      align: 'right',
      render: (value: number) => formatNumber(value, i18n.language),
    },
  ];

  return (
    <>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} sm={12} md={8} lg={6}>
          <Input.Search
            allowClear
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => update({ [UNIT_PARAMS.q]: value.trim() || undefined })}
            placeholder={t('units.searchPlaceholder')}
            aria-label={t('units.search')}
            maxLength={50}
            data-testid="unit-search"
          />
        </Col>
        <Col xs={12} sm={12} md={6} lg={5}>
          <Select
            style={{ width: '100%' }}
            allowClear
            showSearch
            optionFilterProp="label"
            value={buildingId}
            placeholder={t('units.allBuildings')}
            aria-label={t('units.building')}
            loading={buildings.isPending}
            onChange={(value?: string) => update({ [UNIT_PARAMS.building]: value })}
            options={(buildings.data ?? []).map((building) => ({ value: building.id, label: `${building.code} · ${building.name}` }))}
            data-testid="unit-building-filter"
          />
        </Col>
        <Col xs={12} sm={12} md={5} lg={4}>
          <Select
            style={{ width: '100%' }}
            allowClear
            value={status}
            placeholder={t('units.allStatuses')}
            aria-label={t('units.status')}
            onChange={(value?: UnitStatus) => update({ [UNIT_PARAMS.status]: value })}
            options={UNIT_STATUSES.map((value) => ({ value, label: t(`unitStatus.${value}`) }))}
          />
        </Col>
        {canManage && (
          <Col xs={24} sm={12} md={5} lg={9} style={{ textAlign: 'right' }}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('units.new')}
            </Button>
          </Col>
        )}
      </Row>
      {units.isError ? (
        <QueryErrorResult error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <>
          <Table<Unit>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={units.isPending || (units.isPlaceholderData && units.isFetching)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(unit) => ({
              onClick: () => update({ [UNIT_PARAMS.unit]: unit.id }, { replace: false }),
              onKeyDown: (event) => {
                if (event.key === 'Enter') update({ [UNIT_PARAMS.unit]: unit.id }, { replace: false });
              },
              tabIndex: 0,
              style: { cursor: 'pointer' },
              'data-testid': 'unit-row',
            })}
            locale={{ emptyText: q || buildingId || status ? t('units.noneMatching') : t('units.none') }}
          />
          <LoadMore
            shown={items.length}
            hasMore={units.hasNextPage}
            loading={units.isFetchingNextPage}
            onLoadMore={() => void units.fetchNextPage()}
          />
        </>
      )}
      <UnitDrawer
        projectId={projectId}
        unitId={openUnitId}
        canManage={canManage}
        canManageResidents={canManageResidents}
        onClose={() => update({ [UNIT_PARAMS.unit]: undefined })}
      />
      {canManage && (
        <UnitFormModal
          projectId={projectId}
          open={creating}
          defaultBuildingId={buildingId}
          onClose={() => setCreating(false)}
          onCreated={(unit) => update({ [UNIT_PARAMS.unit]: unit.id }, { replace: false })}
        />
      )}
    </>
  );
}
