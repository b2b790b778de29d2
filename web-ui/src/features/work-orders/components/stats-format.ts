import { useTranslation } from 'react-i18next';
import { splitDuration } from '@/features/work-orders/components/sla';

/** A 0–1 fraction as a percentage with one decimal ("76.3%"); "—" when the API left it out (no data). */
export function formatRate(rate: number | undefined, locale: string): string {
  if (rate === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** Minutes as the two largest parts ("1 天 11 小时", "3 hr 55 min", "35 分"); "—" when absent. */
export function useFormatMinutes() {
  const { t } = useTranslation();
  return (minutes: number | undefined): string => {
    if (minutes === undefined) return '—';
    const { d, h, m } = splitDuration(Math.round(minutes) * 60_000);
    const parts = d > 0 ? [t('workOrders.sla.days', { count: d }), h > 0 ? t('workOrders.sla.hours', { count: h }) : ''] : [h > 0 ? t('workOrders.sla.hours', { count: h }) : '', h === 0 || m > 0 ? t('workOrders.sla.minutes', { count: m }) : ''];
    return parts.filter(Boolean).join(' ');
  };
}
