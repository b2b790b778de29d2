import { Badge, Col, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { FilterRow, SearchFilter, SelectFilter, SwitchFilter } from '@/components/FilterBar';
import type { WorkOrderCounts } from '@/features/work-orders/api/count-work-orders';
import { exportWorkOrders } from '@/features/work-orders/api/export-work-orders';
import { useProjectBuildings } from '@/lib/project-buildings';
import { useTechnicians } from '@/features/work-orders/api/list-technicians';
import type { WorkOrderFilters } from '@/features/work-orders/api/list-work-orders';
import { LIST_PARAMS, VISIT_DUE, type ListState } from '@/features/work-orders/components/filters';
import { CATEGORIES, PRIORITIES, TYPES } from '@/features/work-orders/components/labels';
import { useCategoryLabel } from '@/features/work-orders/components/Tags';
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
  const buildings = useProjectBuildings(projectId);
  const technicians = useTechnicians(projectId ?? '', projectId !== undefined);

  return (
    <FilterRow>
      <SearchFilter param={LIST_PARAMS.q} value={state.q} placeholder={t('workOrders.list.searchPlaceholder')} label={t('workOrders.list.search')} />
      <SelectFilter
        param={LIST_PARAMS.type}
        value={state.type}
        placeholder={t('workOrders.list.allTypes')}
        label={t('workOrders.fields.type')}
        options={TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) }))}
      />
      <SelectFilter
        param={LIST_PARAMS.category}
        value={state.category}
        searchable
        placeholder={t('workOrders.list.allCategories')}
        label={t('workOrders.fields.category')}
        options={CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }))}
      />
      <SelectFilter
        param={LIST_PARAMS.priority}
        value={state.priority}
        placeholder={t('workOrders.list.allPriorities')}
        label={t('workOrders.fields.priority')}
        options={PRIORITIES.map((value) => ({ value, label: t(`workOrders.priority.${value}`) }))}
      />
      <SelectFilter
        param={LIST_PARAMS.building}
        value={state.buildingId}
        placeholder={t('workOrders.list.allBuildings')}
        label={t('workOrders.list.allBuildings')}
        options={(buildings.data ?? []).map((building) => ({ value: building.id, label: building.name }))}
      />
      <SelectFilter
        param={LIST_PARAMS.assignee}
        value={state.assigneeId}
        placeholder={t('workOrders.list.allAssignees')}
        label={t('workOrders.fields.assignee')}
        options={(technicians.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
      />
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
        <SelectFilter
          param={LIST_PARAMS.visitDue}
          value={state.visitDue}
          placeholder={t('workOrders.list.returnVisitDue')}
          label={t('workOrders.list.returnVisitDue')}
          options={VISIT_DUE.map((value) => ({ value, label: t(value === 'late' ? 'workOrders.list.dueLate' : 'workOrders.list.dueToday') }))}
        />
      )}
      {state.view === 'all' && (
        <SwitchFilter
          param={LIST_PARAMS.overdue}
          checked={state.overdue}
          label={t('workOrders.list.overdueOnly')}
          id="wo-overdue"
          after={counts && counts.overdue > 0 && <Badge count={counts.overdue} overflowCount={9999} title={t('workOrders.list.overdueCount', { count: counts.overdue })} />}
        />
      )}
      <Col xs={12} md={4} lg={3} style={{ marginInlineStart: 'auto', textAlign: 'end' }}>
        <ExportButton onExport={(format) => exportWorkOrders(filters, format)} testId="export-work-orders" />
      </Col>
    </FilterRow>
  );
}
