import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rectification } from '@/features/inspections/api/rectifications';

/** "剩 3 天", "今天到期" or, in red, "逾期 2 天" for an open rectification (the API counts the days in the project's calendar). */
export function DaysLeft({ rectification }: { rectification: Pick<Rectification, 'daysLeft' | 'overdue' | 'status'> }) {
  const { t } = useTranslation();
  // Only what is still being worked on runs against its deadline (the API counts overdue so too).
  if (rectification.status !== 'OPEN') return <Typography.Text type="secondary">—</Typography.Text>;
  const { daysLeft, overdue } = rectification;
  const text = overdue || daysLeft < 0 ? t('inspections.board.overdueDays', { count: Math.max(1, -daysLeft) }) : daysLeft === 0 ? t('inspections.board.dueToday') : t('inspections.board.daysLeft', { count: daysLeft });
  return (
    <Typography.Text type={overdue ? 'danger' : daysLeft <= 1 ? 'warning' : undefined} strong={overdue} style={{ whiteSpace: 'nowrap' }} data-testid="days-left" data-overdue={overdue}>
      {text}
    </Typography.Text>
  );
}
