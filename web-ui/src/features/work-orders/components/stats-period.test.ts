import { describe, expect, it } from 'vitest';
import { addDays, startOfDayIn, todayIn } from '@/lib/dates';
import { periodDates, readStatsState, toStatsPeriod } from '@/features/work-orders/components/stats-period';

const PROJECT = 'b5f1a1e2-0000-4000-8000-000000000002';
// 2026-11-23 20:30 in UTC is already the 24th in Shanghai.
const NOW = Date.parse('2026-11-23T20:30:00Z');

describe('dates and the stats period', () => {
  it('reads presets and a custom range from the URL, falling back to 30 days', () => {
    expect(readStatsState(new URLSearchParams('project=p1&period=7d'))).toEqual({ projectId: 'p1', period: '7d', from: undefined, to: undefined });
    expect(readStatsState(new URLSearchParams('period=custom&from=2026-10-01&to=2026-10-31'))).toMatchObject({ period: 'custom', from: '2026-10-01', to: '2026-10-31' });
    // Custom without a valid range, reversed dates, or an unknown period: the default.
    expect(readStatsState(new URLSearchParams('period=custom&from=2026-10-01')).period).toBe('30d');
    expect(readStatsState(new URLSearchParams('period=custom&from=2026-10-31&to=2026-10-01')).period).toBe('30d');
    expect(readStatsState(new URLSearchParams('period=1y')).period).toBe('30d');
  });

  it("counts days where the project is: today in Shanghai, midnight with the zone's offset", () => {
    expect(todayIn('Asia/Shanghai', NOW)).toBe('2026-11-24');
    expect(todayIn('America/New_York', NOW)).toBe('2026-11-23');
    expect(startOfDayIn('2026-11-18', 'Asia/Shanghai')).toBe('2026-11-18T00:00:00+08:00');
    expect(startOfDayIn('2026-07-01', 'America/New_York')).toBe('2026-07-01T00:00:00-04:00');
    expect(startOfDayIn('2026-12-01', 'America/New_York')).toBe('2026-12-01T00:00:00-05:00');
    expect(startOfDayIn('2026-12-01', 'UTC')).toBe('2026-12-01T00:00:00+00:00');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('a preset covers today and the days before it, up to now; a custom range includes its last day', () => {
    const week = readStatsState(new URLSearchParams('period=7d'));
    expect(periodDates(week, '2026-11-24')).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(toStatsPeriod(week, PROJECT, 'Asia/Shanghai', NOW)).toEqual({ projectId: PROJECT, from: '2026-11-18T00:00:00+08:00' });

    const october = readStatsState(new URLSearchParams('period=custom&from=2026-10-01&to=2026-10-31'));
    expect(toStatsPeriod(october, PROJECT, 'Asia/Shanghai', NOW)).toEqual({
      projectId: PROJECT,
      from: '2026-10-01T00:00:00+08:00',
      to: '2026-11-01T00:00:00+08:00',
    });
  });
});
