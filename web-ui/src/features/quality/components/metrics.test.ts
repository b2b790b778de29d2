import { describe, expect, it } from 'vitest';
import type { QualityFigure } from '@/features/quality/api/get-quality-overview';
import { formatValue, heat, kpiKeys, KPIS, noValueReason } from '@/features/quality/components/metrics';

const fig = (key: string, value?: number): QualityFigure => ({ key, ...(value === undefined ? {} : { value }) });

describe('the quality cards', () => {
  it('show the survey dimensions the period rated, right after the index', () => {
    const keys = kpiKeys([fig('surveyIndex', 70), fig('surveyCleaning', 62.5), fig('surveyParking'), fig('surveyCustomerService', 80)]);
    const at = keys.indexOf('surveyIndex');
    expect(keys.slice(at, at + 3)).toEqual(['surveyIndex', 'surveyCustomerService', 'surveyCleaning']);
    expect(keys).not.toContain('surveyParking');
    expect(kpiKeys([])).toEqual([...KPIS]);
  });

  it('word a figure without value by why it has none', () => {
    expect(noValueReason('surveyNps')).toBe('noSurvey');
    expect(noValueReason('missedInspectionRate')).toBe('noData');
  });

  it('format the new figures: missed rate as %, ages and days as numbers; fewer missed is better', () => {
    expect(formatValue('missedInspectionRate', 0.2619, 'en')).toBe('26.2%');
    expect(formatValue('openComplaintsMeanAgeDays', 15.8, 'en')).toBe('15.8');
    expect(heat('missedInspectionRate', 0.1, [0.1, 0.3])).toBe(1);
    expect(heat('openComplaints', 6, [0, 6])).toBe(0);
  });
});
