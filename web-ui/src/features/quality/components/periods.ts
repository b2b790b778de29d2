/** Report periods (pure): ISO weeks `YYYY-Www`, months `YYYY-MM` and quarters `YYYY-Qn` of a time zone (the project's). */

export type PeriodKind = 'week' | 'month' | 'quarter';

const PATTERNS: Record<PeriodKind, RegExp> = {
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
};

const DAY = 86_400_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The calendar day of an instant in a time zone, as a UTC midnight. */
function dayIn(instant: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '1');
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day')));
}

function isoDay(day: Date): string {
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** The Monday of week 1 of an ISO week-year (the week with the year's first Thursday). */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
}

function weekOf(day: Date): string {
  const thursday = day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - firstMonday(year)) / (7 * DAY));
  return `${year}-W${pad(week)}`;
}

function label(kind: PeriodKind, day: Date): string {
  if (kind === 'week') return weekOf(day);
  if (kind === 'month') return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}`;
  return `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;
}

/** The first day of a period (UTC midnight); undefined when the text is not one. */
function firstDay(kind: PeriodKind, text: string): Date | undefined {
  const match = PATTERNS[kind].exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (kind === 'week') {
    const monday = new Date(firstMonday(year) + (n - 1) * 7 * DAY);
    return n >= 1 && weekOf(monday) === text ? monday : undefined;
  }
  if (kind === 'month') return n >= 1 && n <= 12 ? new Date(Date.UTC(year, n - 1, 1)) : undefined;
  return new Date(Date.UTC(year, (n - 1) * 3, 1));
}

/** The period an instant falls in, in the time zone. */
export function periodIn(kind: PeriodKind, instant: Date, timeZone: string): string {
  return label(kind, dayIn(instant, timeZone));
}

/** The period `by` periods later (negative: earlier). */
export function shiftPeriod(kind: PeriodKind, text: string, by: number): string {
  const first = firstDay(kind, text);
  if (!first) return text;
  if (kind === 'week') return label(kind, new Date(first.getTime() + by * 7 * DAY));
  const months = kind === 'month' ? by : by * 3;
  return label(kind, new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + months, 1)));
}

/** A period from the URL if it is one from 2000 on and not after `latest`; else the one before `latest` (the last complete one). */
export function periodParam(kind: PeriodKind, param: string | null, latest: string): string {
  if (param && firstDay(kind, param) && param <= latest && param >= '2000') return param;
  return shiftPeriod(kind, latest, -1);
}

/** The first and last day (YYYY-MM-DD) of a period. */
export function periodDays(kind: PeriodKind, text: string): { first: string; last: string } {
  const first = firstDay(kind, text) ?? new Date(0);
  const next = firstDay(kind, shiftPeriod(kind, text, 1)) ?? first;
  return { first: isoDay(first), last: isoDay(new Date(next.getTime() - DAY)) };
}
