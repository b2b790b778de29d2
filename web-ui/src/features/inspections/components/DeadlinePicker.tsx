import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEADLINE_TIME, defaultDeadlineDay, firstDeadlineDay } from '@/features/inspections/components/deadline';

const QUICK = [1, 3, 7, 14] as const;

/**
 * A deadline as a day of the project's calendar (due there at 18:00), with quick picks (+1, +3, +7, +14 days); days
 * before the first possible one cannot be picked. The value is `YYYY-MM-DD`.
 */
export function DeadlinePicker({ value, onChange, timeZone, now, id }: { value?: string | undefined; onChange?: (value: string | undefined) => void; timeZone: string; now: number; id?: string }) {
  const { t } = useTranslation();
  const first = firstDeadlineDay(timeZone, now);
  return (
    <div>
      <Flex gap={8} wrap align="center">
        <DatePicker
          id={id}
          value={value ? dayjs(value) : null}
          onChange={(day) => onChange?.(day ? day.format('YYYY-MM-DD') : undefined)}
          disabledDate={(day) => day.format('YYYY-MM-DD') < first}
          style={{ minWidth: 150 }}
          data-testid="deadline-picker"
        />
        {QUICK.map((days) => (
          <Button key={days} size="small" onClick={() => onChange?.(defaultDeadlineDay(timeZone, now, days))} data-testid={`deadline-plus-${days}`}>
            {t('inspections.deadline.plusDays', { count: days })}
          </Button>
        ))}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('inspections.deadline.hint', { time: DEADLINE_TIME })}
      </Typography.Text>
    </div>
  );
}
