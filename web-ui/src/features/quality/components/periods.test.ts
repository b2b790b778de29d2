import { describe, expect, it } from 'vitest';
import { periodDays, periodIn, periodParam, shiftPeriod } from '@/features/quality/components/periods';

describe('report periods', () => {
  it('reads the ISO week, month and quarter of an instant where the project is', () => {
    // 2026-12-06 20:00 UTC is Monday 2026-12-07 04:00 in Shanghai: week 50 there, week 49 in UTC.
    const at = new Date('2026-12-06T20:00:00Z');
    expect(periodIn('week', at, 'Asia/Shanghai')).toBe('2026-W50');
    expect(periodIn('week', at, 'UTC')).toBe('2026-W49');
    expect(periodIn('month', new Date('2026-11-30T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-12');
    expect(periodIn('quarter', new Date('2026-09-30T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-Q4');
    // 2027-01-01 is a Friday: it belongs to 2026's week 53.
    expect(periodIn('week', new Date('2027-01-01T12:00:00Z'), 'UTC')).toBe('2026-W53');
  });

  it('steps across years', () => {
    expect(shiftPeriod('week', '2026-W01', -1)).toBe('2025-W52');
    expect(shiftPeriod('week', '2026-W53', 1)).toBe('2027-W01');
    expect(shiftPeriod('month', '2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('quarter', '2026-Q1', -1)).toBe('2025-Q4');
  });

  it('takes a period from the URL only when it is one, not after the latest; else the last complete one', () => {
    expect(periodParam('week', '2026-W10', '2026-W49')).toBe('2026-W10');
    expect(periodParam('week', '2025-W53', '2026-W49')).toBe('2026-W48');
    expect(periodParam('week', '2026-W50', '2026-W49')).toBe('2026-W48');
    expect(periodParam('month', '2026-13', '2026-12')).toBe('2026-11');
    expect(periodParam('quarter', null, '2026-Q4')).toBe('2026-Q3');
    expect(periodParam('quarter', '1999-Q4', '2026-Q4')).toBe('2026-Q3');
  });

  it('knows the days of a period', () => {
    expect(periodDays('week', '2026-W06')).toEqual({ first: '2026-02-02', last: '2026-02-08' });
    expect(periodDays('month', '2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(periodDays('quarter', '2026-Q1')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
  });
});
