import type { QualityDrillDown } from '@/features/quality/api/get-quality-overview';

/** A day (YYYY-MM-DD) of an instant where the project is. */
function dayIn(iso: string, timeZone: string, minusOneMs = false): string {
  const at = Date.parse(iso) - (minusOneMs ? 1 : 0);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

export type SpaLink = { path: string; projectId: string | undefined };

/**
 * A figure's drill-down (a query on an API list) as the SPA's list route with the URL parameters that list reads:
 * work orders (?from=&to= days in the project's zone, ?building=, ?assignee=, ?type=, ?tab=, ?late=, ?rework=1,
 * ?withoutUnit=1 and ?unassigned=1 for the "none" groups),
 * rectifications (?overdue=1, ?raised=1 with the period, ?building=, ?owner=, ?due=1, ?withoutUnit=1 and ?unassigned=1),
 * the late checkouts of a period (/keys/overdue?late=1 with ?from=&to= the checkout days, ?building=, ?withoutUnit=1 for
 * keys to no unit), the keys reported lost in a period (/keys?from=&to= the days reported lost, whatever happened since,
 * ?building=, ?withoutUnit=1), inspections, a campaign's results. The project goes to the header (the caller selects
 * it before navigating).
 */
export function drillToRoute(drill: QualityDrillDown, timeZone: string): SpaLink {
  const q = drill.query;
  const projectId = q.projectId;
  const params = new URLSearchParams();
  const results = /^\/api\/v1\/survey-campaigns\/([0-9a-f-]{36})\/results$/i.exec(drill.path);
  if (results) return { path: `/surveys/campaigns/${results[1]}/results`, projectId };
  switch (drill.path) {
    case '/api/v1/work-orders': {
      if (q.createdFrom) params.set('from', dayIn(q.createdFrom, timeZone));
      if (q.createdTo) params.set('to', dayIn(q.createdTo, timeZone, true));
      if (q.buildingId) params.set('building', q.buildingId);
      if (q.assigneeId) params.set('assignee', q.assigneeId);
      if (q.type) params.set('type', q.type);
      // Several statuses (a comma list) are the list's 未完成 tab when they are the open ones.
      if (q.status) params.set('tab', q.status.includes(',') ? 'open' : q.status);
      if (q.late) params.set('late', q.late);
      if (q.rework === 'true') params.set('rework', '1');
      if (q.withoutUnit === 'true') params.set('withoutUnit', '1');
      if (q.unassigned === 'true') params.set('unassigned', '1');
      return { path: withQuery('/work-orders', params), projectId };
    }
    case '/api/v1/rectifications':
      if (q.overdue === 'true') params.set('overdue', '1');
      else params.set('status', 'all');
      if (q.assigneeId) params.set('owner', q.assigneeId);
      if (q.buildingId) params.set('building', q.buildingId);
      // Raised in the period (days in the project's zone): the register lists those, and its rates are of the same period.
      if (q.raisedFrom) params.set('from', dayIn(q.raisedFrom, timeZone));
      if (q.raisedTo) params.set('to', dayIn(q.raisedTo, timeZone, true));
      if (q.raisedFrom || q.raisedTo) params.set('raised', '1');
      if (q.due === 'true') params.set('due', '1');
      if (q.withoutUnit === 'true') params.set('withoutUnit', '1');
      if (q.unassigned === 'true') params.set('unassigned', '1');
      return { path: withQuery('/rectifications', params), projectId };
    case '/api/v1/inspection-tasks':
      if (q.dueFrom) params.set('from', dayIn(q.dueFrom, timeZone));
      if (q.dueTo) params.set('to', dayIn(q.dueTo, timeZone, true));
      if (q.late === 'true') params.set('late', '1');
      return { path: withQuery('/inspections/tasks', params), projectId };
    case '/api/v1/key-checkouts':
      // keysOverdue: the checkouts of the period returned late or still out past due (without `late`: the keys out past due now).
      if (q.late === 'true') {
        params.set('late', '1');
        if (q.checkedOutFrom) params.set('from', dayIn(q.checkedOutFrom, timeZone));
        if (q.checkedOutTo) params.set('to', dayIn(q.checkedOutTo, timeZone, true));
        keyGroup(q, params);
      }
      return { path: withQuery('/keys/overdue', params), projectId };
    case '/api/v1/keys':
      // keysLost: the keys reported lost in the period, whatever happened to them since (so no status: found ones count too).
      if (q.status) params.set('status', q.status);
      if (q.lostFrom) params.set('from', dayIn(q.lostFrom, timeZone));
      if (q.lostTo) params.set('to', dayIn(q.lostTo, timeZone, true));
      keyGroup(q, params);
      return { path: withQuery('/keys', params), projectId };
    case '/api/v1/inspections':
      if (q.status) params.set('status', q.status);
      if (q.from) params.set('from', dayIn(q.from, timeZone));
      if (q.to) params.set('to', dayIn(q.to, timeZone, true));
      return { path: withQuery('/inspections', params), projectId };
    default:
      return { path: '/surveys', projectId };
  }
}

/** A key figure's building, or its "none" building (keys to no unit). */
function keyGroup(q: QualityDrillDown['query'], params: URLSearchParams): void {
  if (q.buildingId) params.set('building', q.buildingId);
  if (q.withoutUnit === 'true') params.set('withoutUnit', '1');
}

function withQuery(path: string, params: URLSearchParams): string {
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
