import { describe, expect, it } from 'vitest';
import { isNewWarning } from '@/features/quality/api/live-warnings';

const P = 'b5f1a1e2-0000-4000-8000-000000000002';

describe('live quality warnings', () => {
  it('reacts to a QUALITY_WARNING of the shown project only', () => {
    const at = '2026-12-03T09:00:00Z';
    expect(isNewWarning({ type: 'QUALITY_WARNING', projectId: P, warningKey: 'TARGET_MISSED|reworkRate', at }, P)).toBe(true);
    expect(isNewWarning({ type: 'QUALITY_WARNING', projectId: 'other', warningKey: 'RECTIFICATION_OVERDUE', at }, P)).toBe(false);
    expect(isNewWarning({ type: 'WORK_ORDER_CREATED', projectId: P, at }, P)).toBe(false);
    expect(isNewWarning({ type: 'QUALITY_WARNING', projectId: P, at }, undefined)).toBe(false);
  });
});
