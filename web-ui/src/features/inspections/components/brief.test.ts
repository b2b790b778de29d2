import { describe, expect, it } from 'vitest';
import { briefMonth, monthIn, shiftMonth, signedPoints, trendOf } from '@/features/inspections/components/brief';

describe('the monthly brief helpers', () => {
  it('takes the month in the project time zone, not the browser one', () => {
    const instant = new Date('2026-11-30T17:30:00Z');
    expect(monthIn(instant, 'Asia/Shanghai')).toBe('2026-12');
    expect(monthIn(instant, 'UTC')).toBe('2026-11');
  });

  it('shifts months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
  });

  it('keeps a valid month from the URL and falls back to the last complete month', () => {
    expect(briefMonth('2026-10', '2026-12')).toBe('2026-10');
    expect(briefMonth('2026-12', '2026-12')).toBe('2026-12');
    expect(briefMonth('2027-01', '2026-12')).toBe('2026-11');
    expect(briefMonth('2026-13', '2026-12')).toBe('2026-11');
    expect(briefMonth('abc', '2026-01')).toBe('2025-12');
    expect(briefMonth(null, '2026-12')).toBe('2026-11');
  });

  it('marks trends and signs changes', () => {
    expect(trendOf(undefined)).toBeUndefined();
    expect(trendOf(0)).toBe('same');
    expect(trendOf(2)).toBe('up');
    expect(trendOf(-1)).toBe('down');
    expect(signedPoints(2)).toBe('+2.0');
    expect(signedPoints(-2.2)).toBe('−2.2');
    expect(signedPoints(0.04)).toBe('0.0');
  });
});
