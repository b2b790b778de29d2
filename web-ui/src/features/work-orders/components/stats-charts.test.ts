import { describe, expect, it } from 'vitest';
import { countBarOption, trendAxisLabel, trendOption } from '@/features/work-orders/components/stats-charts';
import { workOrderStats } from '@/features/work-orders/testing/stats';

const t = (key: string) => key.split('.').pop() ?? key;

type Series = { name?: string; type: string; data: unknown[]; yAxisIndex?: number; xAxisIndex?: number };

describe('stats charts', () => {
  it('the trend: bars of registered and completed on top, on-time % and satisfaction as lines below with gaps where unknown', () => {
    const option = trendOption(workOrderStats(), t, 'zh-CN', false);
    const series = option.series as Series[];
    expect(series.map((s) => [s.name, s.type, s.xAxisIndex, s.yAxisIndex])).toEqual([
      ['registered', 'bar', 0, 0],
      ['completed', 'bar', 0, 0],
      ['resolutionOnTime', 'line', 1, 1],
      ['satisfaction', 'line', 1, 2],
    ]);
    expect(series[0]?.data).toEqual([3, 0]);
    expect(series[2]?.data).toEqual([69.4, null]);
    expect(series[3]?.data).toEqual([4.5, null]);
    expect((option.xAxis as { data: string[] }[])[1]?.data).toEqual(['11/22', '11/23']);
  });

  it('labels a point by its own date, whatever the browser zone', () => {
    expect(trendAxisLabel('2026-11-02', 'en')).toBe('11/2');
  });

  it('horizontal bars list the most frequent at the top', () => {
    const option = countBarOption(workOrderStats().byCategory, (key) => `#${key}`);
    expect((option.yAxis as { data: string[] }).data).toEqual(['#NOISE', '#PLUMBING']);
    expect((option.series as { data: { value: number }[] }[])[0]?.data.map((bar) => bar.value)).toEqual([12, 28]);
  });
});
