import type { CalendarDay } from '@/features/work-orders/api/get-working-calendar';
import { addDays, dayOfWeek } from '@/lib/dates';

/** A working weekday, a weekend, a holiday on a weekday (休) or a make-up working day on a weekend (调休, 班). */
export type DayKind = 'working' | 'weekend' | 'holiday' | 'makeup';

/** Monday to Friday work unless the calendar says otherwise. */
export function isWeekday(date: string): boolean {
  const day = dayOfWeek(date);
  return day !== 0 && day !== 6;
}

export function dayKind(date: string, exceptions: ReadonlyMap<string, CalendarDay>): DayKind {
  const exception = exceptions.get(date);
  if (exception) return exception.working ? 'makeup' : 'holiday';
  return isWeekday(date) ? 'working' : 'weekend';
}

/** A click on a day: an exception goes back to normal; a normal day becomes the exception (weekday → holiday, weekend → working). */
export function toggleDay(days: readonly CalendarDay[], date: string): CalendarDay[] {
  const rest = days.filter((day) => day.date !== date);
  if (rest.length < days.length) return rest;
  return [...days, { date, working: !isWeekday(date) }].sort((a, b) => a.date.localeCompare(b.date));
}

/** The note as typed (trimmed only when saved, so spaces can be typed between words). */
export function setNote(days: readonly CalendarDay[], date: string, note: string): CalendarDay[] {
  return days.map((day) => (day.date === date ? { ...day, note } : day));
}

/** What is sent and compared: notes trimmed, empty ones left out. */
export function toSavedDays(days: readonly CalendarDay[]): CalendarDay[] {
  return days.map(({ note, ...day }) => (note?.trim() ? { ...day, note: note.trim() } : day));
}

/** Every date of a year. */
export function yearDates(year: number): string[] {
  const dates: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** Working days in the year with these exceptions (what the API reports as `workingDayCount` once saved). */
export function workingDayCount(year: number, days: readonly CalendarDay[]): number {
  const exceptions = new Map(days.map((day) => [day.date, day]));
  return yearDates(year).filter((date) => {
    const kind = dayKind(date, exceptions);
    return kind === 'working' || kind === 'makeup';
  }).length;
}

/** A month as weeks from Monday to Sunday; days of other months are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const lead = (dayOfWeek(first) + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let date = first; Number(date.slice(5, 7)) === month && date.startsWith(String(year)); date = addDays(date, 1)) cells.push(date);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
