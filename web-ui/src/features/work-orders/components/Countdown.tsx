import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '@/lib/duration';

/** "剩余 1 小时 20 分钟" / "overdue by 35 min", red when overdue (the app's one duration format). */
export function Countdown({ dueAt, now, met }: { dueAt: string; now: number; met?: boolean }) {
  const { t } = useTranslation();
  if (met) return null;
  const left = new Date(dueAt).getTime() - now;
  const time = formatDuration(left, t);
  return left >= 0 ? (
    <Typography.Text type={left < 30 * 60_000 ? 'warning' : 'secondary'}>{t('workOrders.sla.left', { time })}</Typography.Text>
  ) : (
    <Typography.Text type="danger" strong>
      {t('workOrders.sla.overdueBy', { time })}
    </Typography.Text>
  );
}
