import type { WorkOrderCountFilters, WorkOrderCounts } from '@/features/work-orders/api/count-work-orders';
import type { WorkOrderFilters, WorkOrderPriority, WorkOrderStatus, WorkOrderType } from '@/features/work-orders/api/list-work-orders';
import { CATEGORIES, isOneOf, OPEN_STATUSES, PRIORITIES, TYPES } from '@/features/work-orders/components/labels';
import { addDays, startOfDayIn, todayIn } from '@/lib/dates';

/** The status tabs of the list: everything, everything not done, then each status in life-cycle order. */
export const STATUS_TABS = ['all', 'open', 'NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED', 'COMPLETED', 'CLOSED', 'CANCELLED'] as const;
export type StatusTab = (typeof STATUS_TABS)[number];

/**
 * The saved views the desk lives in: every order (with status tabs), 待回访 (completed, the return visit due soonest
 * first), 待改派 / 返修 (reopened, the rework deadline soonest first) and 超时 (overdue).
 */
export const VIEWS = ['all', 'returnVisit', 'rework', 'overdue'] as const;
export type View = (typeof VIEWS)[number];

/** Return visits due: late ones, or due by the end of today (late included). */
export const VISIT_DUE = ['late', 'today'] as const;
export type VisitDue = (typeof VISIT_DUE)[number];

/** URL query parameters that hold the list's filters. */
export const LIST_PARAMS = {
  view: 'view',
  tab: 'tab',
  type: 'type',
  category: 'category',
  priority: 'priority',
  overdue: 'overdue',
  q: 'q',
  building: 'building',
  assignee: 'assignee',
  from: 'from',
  to: 'to',
  visitDue: 'visitDue',
  late: 'late',
  rework: 'rework',
  withoutUnit: 'withoutUnit',
  unassigned: 'unassigned',
} as const;

/** Missed deadlines, as the quality picture links to them (?late=response|resolution). */
export const LATE = ['response', 'resolution'] as const;

export type ListState = {
  view: View;
  tab: StatusTab;
  type: WorkOrderType | undefined;
  category: string | undefined;
  priority: WorkOrderPriority | undefined;
  overdue: boolean;
  q: string;
  buildingId: string | undefined;
  assigneeId: string | undefined;
  /** Registration days (YYYY-MM-DD, both included). */
  from: string | undefined;
  to: string | undefined;
  visitDue: VisitDue | undefined;
  late: (typeof LATE)[number] | undefined;
  rework: boolean;
  /** Orders about no unit (common areas): the quality picture's "none" building. */
  withoutUnit: boolean;
  /** Orders with no assignee: the quality picture's "none" assignee. */
  unassigned: boolean;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/i;

export function readListState(params: URLSearchParams): ListState {
  const view = params.get(LIST_PARAMS.view);
  const tab = params.get(LIST_PARAMS.tab);
  const type = params.get(LIST_PARAMS.type);
  const category = params.get(LIST_PARAMS.category);
  const priority = params.get(LIST_PARAMS.priority);
  const visitDue = params.get(LIST_PARAMS.visitDue);
  const late = params.get(LIST_PARAMS.late);
  const valid = (value: string | null, pattern: RegExp) => (value && pattern.test(value) ? value : undefined);
  return {
    view: isOneOf(VIEWS, view) ? view : 'all',
    tab: isOneOf(STATUS_TABS, tab) ? tab : 'all',
    type: isOneOf(TYPES, type) ? type : undefined,
    category: isOneOf(CATEGORIES, category) ? category : undefined,
    priority: isOneOf(PRIORITIES, priority) ? priority : undefined,
    overdue: params.get(LIST_PARAMS.overdue) === '1',
    q: params.get(LIST_PARAMS.q) ?? '',
    buildingId: valid(params.get(LIST_PARAMS.building), ID),
    assigneeId: valid(params.get(LIST_PARAMS.assignee), ID),
    from: valid(params.get(LIST_PARAMS.from), DAY),
    to: valid(params.get(LIST_PARAMS.to), DAY),
    visitDue: isOneOf(VISIT_DUE, visitDue) ? visitDue : undefined,
    late: isOneOf(LATE, late) ? late : undefined,
    rework: params.get(LIST_PARAMS.rework) === '1',
    withoutUnit: params.get(LIST_PARAMS.withoutUnit) === '1',
    unassigned: params.get(LIST_PARAMS.unassigned) === '1',
  };
}

export function tabStatuses(tab: StatusTab): readonly WorkOrderStatus[] | undefined {
  if (tab === 'all') return undefined;
  if (tab === 'open') return OPEN_STATUSES;
  return [tab];
}

/**
 * "Late" means due before now, to the minute (so the query stays the same while the minute lasts); "today" means due
 * before the project's next midnight.
 */
function visitDueBefore(due: VisitDue | undefined, now: number, timeZone: string): string | undefined {
  if (due === 'late') return new Date(Math.floor(now / 60_000) * 60_000).toISOString();
  if (due === 'today') return startOfDayIn(addDays(todayIn(timeZone, now), 1), timeZone);
  return undefined;
}

/**
 * The filters every view shares: search, type, category, priority, building, assignee, registration days. The days
 * are the project's (its midnight to its midnight, `timeZone`), whatever zone the browser is in.
 */
function baseFilters(state: ListState, projectId: string | undefined, timeZone: string): WorkOrderFilters {
  return {
    projectId,
    type: state.type,
    category: state.category,
    priority: state.priority,
    q: state.q.trim() || undefined,
    buildingId: state.buildingId,
    assigneeId: state.assigneeId,
    createdFrom: state.from ? startOfDayIn(state.from, timeZone) : undefined,
    createdTo: state.to ? startOfDayIn(addDays(state.to, 1), timeZone) : undefined,
    late: state.late,
    rework: state.rework || undefined,
    withoutUnit: state.withoutUnit || undefined,
    unassigned: state.unassigned || undefined,
  };
}

export function toFilters(state: ListState, projectId: string | undefined, timeZone: string, now: number = Date.now()): WorkOrderFilters {
  const base = baseFilters(state, projectId, timeZone);
  switch (state.view) {
    case 'returnVisit':
      return { ...base, statuses: ['COMPLETED'], sort: 'returnVisitDueAt', returnVisitDueBefore: visitDueBefore(state.visitDue, now, timeZone) };
    case 'rework':
      return { ...base, statuses: ['REOPENED'], sort: 'resolutionDueAt' };
    case 'overdue':
      return { ...base, overdue: true };
    default:
      return { ...base, statuses: tabStatuses(state.tab), overdue: state.overdue || undefined };
  }
}

/**
 * The counts ask for every status at once: the shared filters (and, in the full list, "overdue only"), so that the
 * status tabs and the views' badges come from one request.
 */
export function toCountFilters(state: ListState, projectId: string | undefined, timeZone: string): WorkOrderCountFilters {
  return { ...baseFilters(state, projectId, timeZone), overdue: (state.view === 'all' && state.overdue) || undefined };
}

/** How many orders a tab holds, from the per-status counts (statuses with none are not listed). */
export function tabCount(tab: StatusTab, counts: WorkOrderCounts): number {
  if (tab === 'all') return counts.total;
  const statuses = tabStatuses(tab) ?? [];
  return counts.byStatus.filter((count) => (statuses as readonly string[]).includes(count.key)).reduce((sum, count) => sum + count.count, 0);
}

/** A view's badge: completed orders await a return visit, reopened ones rework; overdue from the counts. */
export function viewCount(view: View, counts: WorkOrderCounts): number | undefined {
  if (view === 'returnVisit') return tabCount('COMPLETED', counts);
  if (view === 'rework') return tabCount('REOPENED', counts);
  if (view === 'overdue') return counts.overdue;
  return undefined;
}

/** Whether anything narrows the list (for "no orders" versus "none match"). */
export function isFiltered(state: ListState): boolean {
  return Boolean(
    state.view !== 'all' || state.type || state.category || state.priority || state.overdue || state.q || state.tab !== 'all' ||
      state.buildingId || state.assigneeId || state.from || state.to,
  );
}
