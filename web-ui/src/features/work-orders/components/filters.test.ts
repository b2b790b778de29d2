import { describe, expect, it } from 'vitest';
import { readListState, toCountFilters, toFilters } from '@/features/work-orders/components/filters';

const PROJECT = 'b5f1a1e2-0000-4000-8000-000000000002';
// 2026-11-23 20:30 in New York is already 2026-11-24 09:30 in Shanghai.
const NOW = Date.parse('2026-11-24T01:30:00Z');

// Issue 9, defect 6: the desk's registration days were the browser's days, not the project's.
describe('the list filters in the project time zone', () => {
  it('runs in a browser that is not where the project is', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
  });

  it('asks for the registration days from the project’s midnight to its midnight', () => {
    const state = readListState(new URLSearchParams('from=2026-11-01&to=2026-11-03'));
    const filters = toFilters(state, PROJECT, 'Asia/Shanghai', NOW);
    expect(filters.createdFrom).toBe('2026-11-01T00:00:00+08:00');
    expect(filters.createdTo).toBe('2026-11-04T00:00:00+08:00');
    expect(Date.parse(filters.createdFrom ?? '')).toBe(Date.parse('2026-10-31T16:00:00Z'));
    expect(toCountFilters(state, PROJECT, 'Asia/Shanghai')).toMatchObject({ createdFrom: '2026-11-01T00:00:00+08:00', createdTo: '2026-11-04T00:00:00+08:00' });
  });

  it('ends "return visits due today" at the project’s next midnight', () => {
    const state = readListState(new URLSearchParams('view=returnVisit&visitDue=today'));
    expect(toFilters(state, PROJECT, 'Asia/Shanghai', NOW).returnVisitDueBefore).toBe('2026-11-25T00:00:00+08:00');
    expect(toFilters(state, PROJECT, 'America/New_York', NOW).returnVisitDueBefore).toBe('2026-11-24T00:00:00-05:00');
  });

  it('reads the quality picture’s drill-down filters (missed deadlines, rework) from the URL', () => {
    const filters = toFilters(readListState(new URLSearchParams('late=resolution&rework=1&building=' + PROJECT)), PROJECT, 'Asia/Shanghai', NOW);
    expect(filters).toMatchObject({ late: 'resolution', rework: true, buildingId: PROJECT });
    expect(toFilters(readListState(new URLSearchParams('withoutUnit=1&unassigned=1')), PROJECT, 'Asia/Shanghai', NOW)).toMatchObject({
      withoutUnit: true,
      unassigned: true,
    });
    expect(toFilters(readListState(new URLSearchParams('withoutUnit=0')), PROJECT, 'Asia/Shanghai', NOW).withoutUnit).toBeUndefined();
    expect(toFilters(readListState(new URLSearchParams('late=soon')), PROJECT, 'Asia/Shanghai', NOW).late).toBeUndefined();
  });
});
