/** Formatting for the user's language. */

export function formatNumber(value: number | undefined, locale: string): string {
  if (value === undefined) return '—';
  return new Intl.NumberFormat(locale).format(value);
}

export function formatDateTime(iso: string | undefined, locale: string, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/**
 * A date and time for a table cell: without the year when it is this year where `timeZone` is ("Dec 3, 2:03 AM",
 * "12月3日 02:03"), else as `formatDateTime`. Keeps a list's columns narrow enough for 1440 px in English.
 */
export function formatShortDateTime(iso: string | undefined, locale: string, timeZone: string, now: number = Date.now()): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const year = (at: number | Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(at);
  if (year(date) !== year(now)) return formatDateTime(iso, locale, timeZone);
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(date);
}

export function formatArea(value: number | undefined, locale: string): string {
  if (value === undefined) return '—';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} m²`;
}
