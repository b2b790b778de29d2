import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { splitDuration } from '@/features/work-orders/components/sla';

/** "剩余 1 小时 20 分" / "overdue by 35 min", red when overdue. */
export function Countdown({ dueAt, now, met }: { dueAt: string; now: number; met?: boolean }) {
  const { t } = useTranslation();
  if (met) return null;
  const left = new Date(dueAt).getTime() - now;
  const { d, h, m } = splitDuration(left);
  const parts = [d > 0 ? t('workOrders.sla.days', { count: d }) : '', h > 0 ? t('workOrders.sla.hours', { count: h }) : '', d === 0 ? t('workOrders.sla.minutes', { count: m }) : '']
    .filter(Boolean)
    .join(' ');
  return left >= 0 ? (
    <Typography.Text type={left < 30 * 60_000 ? 'warning' : 'secondary'}>{t('workOrders.sla.left', { time: parts })}</Typography.Text>
  ) : (
    <Typography.Text type="danger" strong>
      {t('workOrders.sla.overdueBy', { time: parts })}
    </Typography.Text>
  );
}
