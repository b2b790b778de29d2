import type { WorkOrderStats } from '@/features/work-orders/api/get-work-order-stats';
import { PROJECT, TECH } from '@/features/work-orders/testing/fixtures';

/** Statistics as the API returns them (figures from the demo project), with overrides. */
export function workOrderStats(overrides: Partial<WorkOrderStats> = {}): WorkOrderStats {
  return {
    projectId: PROJECT,
    from: '2026-10-25T16:00:00Z',
    to: '2026-11-24T08:00:00Z',
    total: 40,
    completed: 29,
    reworkCount: 6,
    responseOnTimeRate: 0.7632,
    resolutionOnTimeRate: 0.9444,
    meanResponseMinutes: 234.7,
    p90ResponseMinutes: 656.4,
    meanResolutionMinutes: 2153.9,
    p90ResolutionMinutes: 3464.5,
    reworkRate: 0.2069,
    returnVisitRate: 0.9655,
    returnVisitOnTimeRate: 0.84,
    meanSatisfaction: 3.82,
    byStatus: [
      { key: 'CLOSED', count: 25 },
      { key: 'IN_PROGRESS', count: 15 },
    ],
    byType: [
      { key: 'REPAIR', count: 30 },
      { key: 'COMPLAINT', count: 10 },
    ],
    byCategory: [
      { key: 'PLUMBING', count: 28 },
      { key: 'NOISE', count: 12 },
    ],
    byAssignee: [
      {
        assigneeId: TECH,
        assigneeName: '赵师傅',
        total: 24,
        completed: 20,
        reworkCount: 3,
        reworkRate: 0.15,
        responseOnTimeRate: 0.7917,
        meanResponseMinutes: 277,
        meanSatisfaction: 3.95,
      },
    ],
    trendInterval: 'DAY',
    trend: [
      { start: '2026-11-22', registered: 3, completed: 2, reworkCount: 0, resolutionOnTimeRate: 0.6944, meanSatisfaction: 4.5 },
      { start: '2026-11-23', registered: 0, completed: 0, reworkCount: 0 },
    ],
    ...overrides,
  };
}
