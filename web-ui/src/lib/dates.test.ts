import { describe, expect, it } from 'vitest';
import { daysToInstants, parseDay } from '@/lib/dates';

describe('days in a project’s zone', () => {
  it('reads a URL’s day, and nothing else', () => {
    expect(parseDay('2026-10-01')).toBe('2026-10-01');
    expect(parseDay('2026-1-1')).toBeUndefined();
    expect(parseDay('2026-13-45')).toBeUndefined();
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    expect(parseDay('nonsense')).toBeUndefined();
    expect(parseDay(null)).toBeUndefined();
  });

  it('turns whole days into the instants of a period, the end exclusive, either end open', () => {
    expect(daysToInstants('2026-10-01', '2026-10-31', 'Asia/Shanghai')).toEqual({ from: '2026-10-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' });
    // New York leaves summer time on 2026-11-01: each end has its own offset.
    expect(daysToInstants('2026-10-01', '2026-11-01', 'America/New_York')).toEqual({ from: '2026-10-01T00:00:00-04:00', to: '2026-11-02T00:00:00-05:00' });
    expect(daysToInstants(undefined, '2026-10-31', 'UTC')).toEqual({ to: '2026-11-01T00:00:00+00:00' });
    expect(daysToInstants(undefined, undefined, 'UTC')).toEqual({});
  });
});
