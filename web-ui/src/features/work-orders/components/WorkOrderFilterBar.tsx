import { DownloadOutlined } from '@ant-design/icons';
import { Badge, Button, Col, DatePicker, Dropdown, Flex, Input, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderCounts } from '@/features/work-orders/api/count-work-orders';
import { useExportWorkOrders, type ExportFormat } from '@/features/work-orders/api/export-work-orders';
import { useBuildings } from '@/features/work-orders/api/list-buildings';
import { useTechnicians } from '@/features/work-orders/api/list-technicians';
import type { WorkOrderFilters } from '@/features/work-orders/api/list-work-orders';
import { LIST_PARAMS, VISIT_DUE, type ListState } from '@/features/work-orders/components/filters';
import { CATEGORIES, PRIORITIES, TYPES } from '@/features/work-orders/components/labels';
import { useCategoryLabel } from '@/features/work-orders/components/Tags';
import { downloadBlob } from '@/lib/download';
import { useUpdateSearchParams } from '@/lib/search-params';

/**
 * The list's filters, each held in the URL: a search (code, title, unit, reporter name or phone), type, category,
 * priority, building, assignee, registration days, return-visit due (待回访) or overdue only; and the export of the
 * view as it stands (same filters and sort).
 */
export function WorkOrderFilterBar({
  state,
  projectId,
  filters,
  counts,
}: {
  state: ListState;
  projectId: string | undefined;
  filters: WorkOrderFilters;
  counts: WorkOrderCounts | undefined;
}) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const update = useUpdateSearchParams();
  const [search, setSearch] = useState(state.q);
  const buildings = useBuildings(projectId);
  const technicians = useTechnicians(projectId ?? '', projectId !== undefined);
  const exporting = useExportWorkOrders();

  useEffect(() => setSearch(state.q), [state.q]);
  useEffect(() => {
    if (search === state.q) return;
    const timer = window.setTimeout(() => update({ [LIST_PARAMS.q]: search.trim() || undefined }), 300);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const download = async (format: ExportFormat) => {
    const { blob, fileName } = await exporting.mutateAsync({ filters, format });
    downloadBlob(blob, fileName);
  };

  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
      <Col xs={24} md={8} lg={6}>
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => update({ [LIST_PARAMS.q]: value.trim() || undefined })}
          placeholder={t('workOrders.list.searchPlaceholder')}
          aria-label={t('workOrders.list.search')}
          maxLength={100}
        />
      </Col>
      <Col xs={12} md={4} lg={3}>
        <Select
          style={{ width: '100%' }}
          allowClear
          value={state.type}
          placeholder={t('workOrders.list.allTypes')}
          aria-label={t('workOrders.fields.type')}
          onChange={(value?: string) => update({ [LIST_PARAMS.type]: value })}
          options={TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) }))}
        />
      </Col>
      <Col xs={12} md={4} lg={3}>
        <Select
          style={{ width: '100%' }}
          allowClear
          showSearch
          optionFilterProp="label"
          value={state.category}
          placeholder={t('workOrders.list.allCategories')}
          aria-label={t('workOrders.fields.category')}
          onChange={(value?: string) => update({ [LIST_PARAMS.category]: value })}
          options={CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }))}
        />
      </Col>
      <Col xs={12} md={4} lg={3}>
        <Select
          style={{ width: '100%' }}
          allowClear
          value={state.priority}
          placeholder={t('workOrders.list.allPriorities')}
          aria-label={t('workOrders.fields.priority')}
          onChange={(value?: string) => update({ [LIST_PARAMS.priority]: value })}
          options={PRIORITIES.map((value) => ({ value, label: t(`workOrders.priority.${value}`) }))}
        />
      </Col>
      <Col xs={12} md={4} lg={3}>
        <Select
          style={{ width: '100%' }}
          allowClear
          value={state.buildingId}
          placeholder={t('workOrders.list.allBuildings')}
          aria-label={t('workOrders.list.allBuildings')}
          onChange={(value?: string) => update({ [LIST_PARAMS.building]: value })}
          options={(buildings.data ?? []).map((building) => ({ value: building.id, label: building.name }))}
        />
      </Col>
      <Col xs={12} md={4} lg={3}>
        <Select
          style={{ width: '100%' }}
          allowClear
          value={state.assigneeId}
          placeholder={t('workOrders.list.allAssignees')}
          aria-label={t('workOrders.fields.assignee')}
          onChange={(value?: string) => update({ [LIST_PARAMS.assignee]: value })}
          options={(technicians.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
        />
      </Col>
      <Col xs={24} md={8} lg={6}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          allowEmpty={[true, true]}
          value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
          placeholder={[t('workOrders.list.createdRange'), t('workOrders.list.createdRange')]}
          aria-label={t('workOrders.list.createdRange')}
          onChange={(range) =>
            update({ [LIST_PARAMS.from]: range?.[0]?.format('YYYY-MM-DD'), [LIST_PARAMS.to]: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
      </Col>
      {state.view === 'returnVisit' && (
        <Col xs={12} md={4} lg={3}>
          <Select
            style={{ width: '100%' }}
            allowClear
            value={state.visitDue}
            placeholder={t('workOrders.list.returnVisitDue')}
            aria-label={t('workOrders.list.returnVisitDue')}
            onChange={(value?: string) => update({ [LIST_PARAMS.visitDue]: value })}
            options={VISIT_DUE.map((value) => ({ value, label: t(value === 'late' ? 'workOrders.list.dueLate' : 'workOrders.list.dueToday') }))}
          />
        </Col>
      )}
      {state.view === 'all' && (
        <Col xs={12} md={4} lg={3}>
          <Flex align="center" gap={8} style={{ height: 32 }}>
            <Switch
              checked={state.overdue}
              onChange={(checked) => update({ [LIST_PARAMS.overdue]: checked ? '1' : undefined })}
              aria-label={t('workOrders.list.overdueOnly')}
              id="wo-overdue"
            />
            <label htmlFor="wo-overdue" style={{ whiteSpace: 'nowrap' }}>
              {t('workOrders.list.overdueOnly')}
            </label>
            {counts && counts.overdue > 0 && <Badge count={counts.overdue} overflowCount={9999} title={t('workOrders.list.overdueCount', { count: counts.overdue })} />}
          </Flex>
        </Col>
      )}
      <Col xs={12} md={4} lg={3} style={{ marginInlineStart: 'auto', textAlign: 'end' }}>
        <Dropdown
          menu={{
            items: (['csv', 'xlsx'] as const).map((format) => ({
              key: format,
              label: t(format === 'csv' ? 'workOrders.list.exportCsv' : 'workOrders.list.exportXlsx'),
            })),
            onClick: ({ key }) => void download(key as ExportFormat),
          }}
        >
          <Button icon={<DownloadOutlined />} loading={exporting.isPending} data-testid="export-work-orders">
            {t('workOrders.list.export')}
          </Button>
        </Dropdown>
      </Col>
    </Row>
  );
}
