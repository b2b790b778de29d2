/** Survey figures as people read them: an index of 0–100 with one decimal, rates as percentages. */

export function formatIndex(value: number | undefined, locale: string): string {
  if (value === undefined) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatRate(value: number | undefined, locale: string): string {
  if (value === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A change with its sign ("+3.2", "−1.5"); `percentPoints` for rates (0.05 → "+5.0"). */
export function formatChange(value: number | undefined, locale: string, { percentPoints = false } = {}): string {
  if (value === undefined) return '—';
  const shown = percentPoints ? value * 100 : value;
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(shown);
}

/** A share of a whole, for distributions (12 of 40 → "30%"). */
export function formatShare(count: number, total: number, locale: string): string {
  if (total === 0) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(count / total);
}
