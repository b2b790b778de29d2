/**
 * Calendar dates as YYYY-MM-DD strings, and time zones: where a day starts in a project's zone, a zone's UTC offset
 * ("UTC+8"), the browser's own zone. Every page shows and filters times in the project's zone (`components/TimeZone`).
 */

const DAY_MS = 24 * 60 * 60_000;

/** A date plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date where the project is. */
export function todayIn(timeZone: string, now: number): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The UTC offset of a time zone at an instant, in minutes (+480 for Asia/Shanghai). */
export function offsetMinutes(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT": UTC itself
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** Midnight starting `date` in `timeZone`, as ISO-8601 with that zone's offset (2026-11-01T00:00:00+08:00). */
export function startOfDayIn(date: string, timeZone: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The offset at local midnight; asked twice so a day that starts a DST change gets the right one.
  const offset = offsetMinutes(timeZone, utcMidnight - offsetMinutes(timeZone, utcMidnight) * 60_000);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${date}T00:00:00${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day as a URL holds it (YYYY-MM-DD); anything else (absent, hand-edited) is no day. */
export function parseDay(value: string | null | undefined): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  // A day of the calendar: Date.parse takes 2026-02-30 as 2026-03-02, so the day must come back as it was written.
  const at = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === value ? value : undefined;
}

/**
 * Whole days `from` … `to` (both included, either open) in `timeZone` as the instants an API period takes: the
 * midnight starting `from`, and the midnight after `to` (the end is exclusive).
 */
export function daysToInstants(from: string | undefined, to: string | undefined, timeZone: string): { from?: string; to?: string } {
  return {
    ...(from ? { from: startOfDayIn(from, timeZone) } : {}),
    ...(to ? { to: startOfDayIn(addDays(to, 1), timeZone) } : {}),
  };
}

/** 0 = Sunday … 6 = Saturday, of the date itself (no time zone involved). */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The zone the browser (the operating system) is set to. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An offset as people write it: "UTC+8", "UTC-3:30", "UTC". */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
