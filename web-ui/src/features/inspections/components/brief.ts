/** Month arithmetic and trend marks of the monthly brief (pure). Months are `YYYY-MM`. */

const MONTH = /^(\d{4})-(\d{2})$/;

/** The calendar month of an instant in a time zone (the project's, not the browser's). */
export function monthIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(instant);
  const year = parts.find((part) => part.type === 'year')?.value ?? '1970';
  const month = parts.find((part) => part.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

/** The month `by` months later (negative: earlier). */
export function shiftMonth(month: string, by: number): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A month from the URL if it is one, not after `latest`; else the month before `latest` (the last complete one). */
export function briefMonth(param: string | null, latest: string): string {
  if (param && MONTH.test(param) && Number(param.slice(5)) >= 1 && Number(param.slice(5)) <= 12 && param <= latest && param >= '2000-01') return param;
  return shiftMonth(latest, -1);
}

export type Trend = 'up' | 'down' | 'same';

/** Which way a change goes (scores: positive is better; places: the API's rankDelta is already "moved up" positive). */
export function trendOf(delta: number | undefined): Trend | undefined {
  if (delta === undefined) return undefined;
  if (Math.abs(delta) < 1e-9) return 'same';
  return delta > 0 ? 'up' : 'down';
}

/** A signed change with one decimal: +2.0, −2.2, 0.0. */
export function signedPoints(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}
