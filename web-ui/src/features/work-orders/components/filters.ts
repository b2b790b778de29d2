import type { WorkOrderCountFilters, WorkOrderCounts } from '@/features/work-orders/api/count-work-orders';
import type { WorkOrderFilters, WorkOrderPriority, WorkOrderStatus, WorkOrderType } from '@/features/work-orders/api/list-work-orders';
import { CATEGORIES, isOneOf, OPEN_STATUSES, PRIORITIES, TYPES } from '@/features/work-orders/components/labels';

/** The status tabs of the list: everything, everything not done, then each status in life-cycle order. */
export const STATUS_TABS = ['all', 'open', 'NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED', 'COMPLETED', 'CLOSED', 'CANCELLED'] as const;
export type StatusTab = (typeof STATUS_TABS)[number];

/** URL query parameters that hold the list's filters. */
export const LIST_PARAMS = { tab: 'tab', type: 'type', category: 'category', priority: 'priority', overdue: 'overdue', q: 'q' } as const;

export type ListState = {
  tab: StatusTab;
  type: WorkOrderType | undefined;
  category: string | undefined;
  priority: WorkOrderPriority | undefined;
  overdue: boolean;
  q: string;
};

export function readListState(params: URLSearchParams): ListState {
  const tab = params.get(LIST_PARAMS.tab);
  const type = params.get(LIST_PARAMS.type);
  const category = params.get(LIST_PARAMS.category);
  const priority = params.get(LIST_PARAMS.priority);
  return {
    tab: isOneOf(STATUS_TABS, tab) ? tab : 'all',
    type: isOneOf(TYPES, type) ? type : undefined,
    category: isOneOf(CATEGORIES, category) ? category : undefined,
    priority: isOneOf(PRIORITIES, priority) ? priority : undefined,
    overdue: params.get(LIST_PARAMS.overdue) === '1',
    q: params.get(LIST_PARAMS.q) ?? '',
  };
}

export function tabStatuses(tab: StatusTab): readonly WorkOrderStatus[] | undefined {
  if (tab === 'all') return undefined;
  if (tab === 'open') return OPEN_STATUSES;
  return [tab];
}

export function toFilters(state: ListState, projectId: string | undefined): WorkOrderFilters {
  return {
    projectId,
    statuses: tabStatuses(state.tab),
    type: state.type,
    category: state.category,
    priority: state.priority,
    overdue: state.overdue || undefined,
    q: state.q.trim() || undefined,
  };
}

/** The counts ask for every status at once, so they take the list's filters without the tab's statuses. */
export function toCountFilters(state: ListState, projectId: string | undefined): WorkOrderCountFilters {
  const { statuses: _statuses, ...filters } = toFilters(state, projectId);
  return filters;
}

/** How many orders a tab holds, from the per-status counts (statuses with none are not listed). */
export function tabCount(tab: StatusTab, counts: WorkOrderCounts): number {
  if (tab === 'all') return counts.total;
  const statuses = tabStatuses(tab) ?? [];
  return counts.byStatus.filter((count) => (statuses as readonly string[]).includes(count.key)).reduce((sum, count) => sum + count.count, 0);
}
