import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '@/lib/duration';
import { useFormatDateTime } from '@/components/TimeZone';

/** When a key on loan is due back; past it, red with how late it is. */
export function DueTime({ dueAt, now }: { dueAt: string; now: number }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const late = now - Date.parse(dueAt);
  return (
    <span data-testid={late > 0 ? 'due-overdue' : 'due'} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type={late > 0 ? 'danger' : undefined} strong={late > 0}>
        {formatTime(dueAt)}
      </Typography.Text>
      {late > 0 && (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
          {t('keys.overdueBy', { time: formatDuration(late, t) })}
        </Typography.Text>
      )}
    </span>
  );
}
