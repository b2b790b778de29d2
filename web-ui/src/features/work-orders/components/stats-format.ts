
/** A 0–1 fraction as a percentage with one decimal ("76.3%"); "—" when the API left it out (no data). */
export function formatRate(rate: number | undefined, locale: string): string {
  if (rate === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}
