import { describe, expect, it } from 'vitest';
import { drillToRoute } from '@/features/quality/components/drill';

const P = 'b5f1a1e2-0000-4000-8000-000000000002';
const B = 'c6f1a1e2-0000-4000-8000-000000000003';

describe('a figure’s drill-down as the SPA’s list route', () => {
  it('turns the period into the list’s days where the project is (the end exclusive → the last day)', () => {
    const link = drillToRoute(
      { path: '/api/v1/work-orders', query: { projectId: P, createdFrom: '2026-09-30T16:00:00Z', createdTo: '2026-10-31T16:00:00Z', buildingId: B, late: 'resolution' } },
      'Asia/Shanghai',
    );
    expect(link.projectId).toBe(P);
    expect(link.path).toBe(`/work-orders?from=2026-10-01&to=2026-10-31&building=${B}&late=resolution`);
  });

  it('keeps a warning’s week ending now on today', () => {
    const link = drillToRoute(
      { path: '/api/v1/work-orders', query: { projectId: P, type: 'COMPLAINT', createdFrom: '2026-11-30T00:00+08:00', createdTo: '2026-12-03T06:50:24.5Z' } },
      'Asia/Shanghai',
    );
    expect(link.path).toBe('/work-orders?from=2026-11-30&to=2026-12-03&type=COMPLAINT');
  });

  it('maps the "none" groups to the list of orders about no unit or with no assignee', () => {
    expect(drillToRoute({ path: '/api/v1/work-orders', query: { projectId: P, withoutUnit: 'true' } }, 'UTC').path).toBe(
      '/work-orders?withoutUnit=1',
    );
    expect(drillToRoute({ path: '/api/v1/work-orders', query: { projectId: P, unassigned: 'true' } }, 'UTC').path).toBe(
      '/work-orders?unassigned=1',
    );
  });

  it('maps the "none" groups’ rectification figures to the register of those whose order has no unit or no assignee', () => {
    const raised = { projectId: P, raisedFrom: '2026-09-30T16:00:00Z', raisedTo: '2026-10-31T16:00:00Z', cancelled: 'false' };
    expect(drillToRoute({ path: '/api/v1/rectifications', query: { ...raised, withoutUnit: 'true' } }, 'Asia/Shanghai').path).toBe(
      '/rectifications?status=all&from=2026-10-01&to=2026-10-31&raised=1&withoutUnit=1',
    );
    expect(drillToRoute({ path: '/api/v1/rectifications', query: { ...raised, overdue: 'true', unassigned: 'true' } }, 'Asia/Shanghai').path).toBe(
      '/rectifications?overdue=1&from=2026-10-01&to=2026-10-31&raised=1&unassigned=1',
    );
    // The key figures' "none" building: keys to no unit.
    expect(drillToRoute({ path: '/api/v1/key-checkouts', query: { projectId: P, late: 'true', withoutUnit: 'true' } }, 'UTC').path).toBe(
      '/keys/overdue?late=1&withoutUnit=1',
    );
    expect(drillToRoute({ path: '/api/v1/keys', query: { projectId: P, withoutUnit: 'true' } }, 'UTC').path).toBe('/keys?withoutUnit=1');
  });

  it('maps the key figures to the late checkouts and the keys lost of the period (days where the project is), of the building', () => {
    const shanghai = { projectId: P, buildingId: B };
    const overdue = drillToRoute(
      { path: '/api/v1/key-checkouts', query: { ...shanghai, late: 'true', checkedOutFrom: '2026-09-30T16:00:00Z', checkedOutTo: '2026-10-31T16:00:00Z' } },
      'Asia/Shanghai',
    );
    expect(overdue).toEqual({ path: `/keys/overdue?late=1&from=2026-10-01&to=2026-10-31&building=${B}`, projectId: P });
    const lost = drillToRoute({ path: '/api/v1/keys', query: { ...shanghai, lostFrom: '2026-10-01T00:00+08:00', lostTo: '2026-11-01T00:00+08:00' } }, 'Asia/Shanghai');
    // No status: a key reported lost in the period counts whatever happened to it since (found again, retired).
    expect(lost).toEqual({ path: `/keys?from=2026-10-01&to=2026-10-31&building=${B}`, projectId: P });
    // An assignee's group has no building: the project's, of the period.
    expect(
      drillToRoute({ path: '/api/v1/key-checkouts', query: { projectId: P, late: 'true', checkedOutFrom: '2026-11-01T04:00:00Z', checkedOutTo: '2026-12-01T05:00:00Z' } }, 'America/New_York')
        .path,
    ).toBe('/keys/overdue?late=1&from=2026-11-01&to=2026-11-30');
  });

  it('maps rework, statuses and the other lists', () => {
    expect(drillToRoute({ path: '/api/v1/work-orders', query: { projectId: P, rework: 'true', status: 'CLOSED' } }, 'UTC').path).toBe(
      '/work-orders?tab=CLOSED&rework=1',
    );
    expect(drillToRoute({ path: '/api/v1/rectifications', query: { projectId: P, overdue: 'true' } }, 'UTC').path).toBe('/rectifications?overdue=1');
    expect(drillToRoute({ path: '/api/v1/rectifications', query: { projectId: P } }, 'UTC').path).toBe('/rectifications?status=all');
    expect(drillToRoute({ path: '/api/v1/key-checkouts', query: { projectId: P, overdue: 'true' } }, 'UTC').path).toBe('/keys/overdue');
    expect(drillToRoute({ path: '/api/v1/keys', query: { projectId: P, status: 'LOST' } }, 'UTC').path).toBe('/keys?status=LOST');
    expect(drillToRoute({ path: '/api/v1/keys', query: { projectId: P, lostFrom: '2026-10-01T00:00Z', lostTo: '2026-11-01T00:00Z' } }, 'UTC').path).toBe(
      '/keys?from=2026-10-01&to=2026-10-31',
    );
    expect(
      drillToRoute({ path: '/api/v1/work-orders', query: { projectId: P, type: 'COMPLAINT', status: 'NEW,ASSIGNED,IN_PROGRESS,ON_HOLD,REOPENED' } }, 'UTC').path,
    ).toBe('/work-orders?type=COMPLAINT&tab=open');
    expect(
      drillToRoute(
        { path: '/api/v1/rectifications', query: { projectId: P, raisedFrom: '2026-09-30T16:00:00Z', raisedTo: '2026-10-31T16:00:00Z', cancelled: 'false', due: 'true', buildingId: B } },
        'Asia/Shanghai',
      ).path,
    ).toBe(`/rectifications?status=all&building=${B}&from=2026-10-01&to=2026-10-31&raised=1&due=1`);
    expect(
      drillToRoute({ path: '/api/v1/inspection-tasks', query: { projectId: P, dueFrom: '2026-09-30T16:00:00Z', dueTo: '2026-10-31T16:00:00Z', late: 'true' } }, 'Asia/Shanghai')
        .path,
    ).toBe('/inspections/tasks?from=2026-10-01&to=2026-10-31&late=1');
    expect(drillToRoute({ path: `/api/v1/survey-campaigns/${B}/results`, query: {} }, 'UTC')).toEqual({
      path: `/surveys/campaigns/${B}/results`,
      projectId: undefined,
    });
  });
});
