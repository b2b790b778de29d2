import { describe, expect, it } from 'vitest';
import { dayKind, monthWeeks, setNote, toggleDay, toSavedDays, workingDayCount } from '@/features/work-orders/components/working-calendar';

describe('working calendar', () => {
  it('a click makes a weekday a holiday and a weekend day a working day; a second click undoes it', () => {
    let days = toggleDay([], '2026-10-01'); // Thursday
    days = toggleDay(days, '2026-09-27'); // Sunday
    expect(days).toEqual([
      { date: '2026-09-27', working: true },
      { date: '2026-10-01', working: false },
    ]);
    const exceptions = new Map(days.map((day) => [day.date, day]));
    expect(dayKind('2026-10-01', exceptions)).toBe('holiday');
    expect(dayKind('2026-09-27', exceptions)).toBe('makeup');
    expect(dayKind('2026-10-03', exceptions)).toBe('weekend');
    expect(dayKind('2026-10-08', exceptions)).toBe('working');
    expect(toggleDay(days, '2026-10-01')).toEqual([{ date: '2026-09-27', working: true }]);
  });

  it('counts the working days of a year (Monday to Friday, minus holidays, plus make-up days)', () => {
    expect(workingDayCount(2026, [])).toBe(261);
    expect(
      workingDayCount(2026, [
        { date: '2026-10-01', working: false },
        { date: '2026-10-02', working: false },
        { date: '2026-10-10', working: true },
      ]),
    ).toBe(260);
    expect(workingDayCount(2024, [])).toBe(262); // a leap year
  });

  it('lays a month out in weeks from Monday', () => {
    const february = monthWeeks(2026, 2); // 1 February 2026 is a Sunday
    expect(february[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(february.flat().filter(Boolean)).toHaveLength(28);
    expect(february.at(-1)?.at(-1)).toBeNull();
  });

  it('keeps notes as typed, and trims them (or drops empty ones) when saved', () => {
    const days = setNote([{ date: '2026-10-01', working: false }], '2026-10-01', ' 国庆 节 ');
    expect(days[0]?.note).toBe(' 国庆 节 ');
    expect(toSavedDays(days)).toEqual([{ date: '2026-10-01', working: false, note: '国庆 节' }]);
    expect(toSavedDays(setNote(days, '2026-10-01', '  '))).toEqual([{ date: '2026-10-01', working: false }]);
  });
});
