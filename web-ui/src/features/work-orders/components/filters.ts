import type { WorkOrderFilters, WorkOrderPriority, WorkOrderStatus, WorkOrderType } from '@/features/work-orders/api/list-work-orders';
import { CATEGORIES, isOneOf, OPEN_STATUSES, PRIORITIES, TYPES } from '@/features/work-orders/components/labels';

/** The status tabs of the list (counts per tab are not available from the API yet). */
export const STATUS_TABS = ['all', 'open', 'COMPLETED', 'CLOSED', 'CANCELLED'] as const;
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
