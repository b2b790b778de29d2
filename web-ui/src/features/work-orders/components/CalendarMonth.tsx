import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayKind, monthWeeks, type DayKind } from '@/features/work-orders/components/working-calendar';
import type { CalendarDay } from '@/features/work-orders/api/get-working-calendar';
import { addDays } from '@/lib/dates';

export const DAY_STYLES: Record<DayKind, { background: string; color: string; border: string }> = {
  working: { background: '#fff', color: 'rgba(0,0,0,0.88)', border: '#f0f0f0' },
  weekend: { background: '#f5f5f5', color: 'rgba(0,0,0,0.45)', border: '#f5f5f5' },
  holiday: { background: '#fff1f0', color: '#cf1322', border: '#ffa39e' },
  makeup: { background: '#e6f4ff', color: '#0958d9', border: '#91caff' },
};
/** The small mark in a cell: 休 (rest) and 班 (work), as on Chinese wall calendars. */
const MARKS: Partial<Record<DayKind, string>> = { holiday: 'holiday', makeup: 'makeup' };
/** A UTC-pinned date formatter, so a YYYY-MM-DD is shown as that day wherever the browser is. */
export function useDateFormat(options: Intl.DateTimeFormatOptions) {
  const { i18n } = useTranslation();
  // The options are fixed at each call site; only the language changes the formatter.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const format = useMemo(() => new Intl.DateTimeFormat(i18n.language, { ...options, timeZone: 'UTC' }), [i18n.language]);
  return (date: string) => format.format(Date.parse(`${date}T00:00:00Z`));
}

/** One month of the working-calendar editor: a week per row, each day a button showing its kind (and 休 / 班). */
export function CalendarMonth({
  year,
  month,
  exceptions,
  focused,
  cell,
  canEdit,
  onToggle,
  onFocusDay,
}: {
  year: number;
  month: number;
  exceptions: ReadonlyMap<string, CalendarDay>;
  focused: string;
  cell: number;
  canEdit: boolean;
  onToggle: (date: string) => void;
  onFocusDay: (date: string) => void;
}) {
  const { t } = useTranslation();
  const fullDate = useDateFormat({ dateStyle: 'full' });
  const weekdayName = useDateFormat({ weekday: 'narrow' });
  const kindLabel = (kind: DayKind) => t(`workOrders.calendar.kind.${kind}`);
  return (
    <table style={{ borderCollapse: 'separate', borderSpacing: 2 }} data-testid={`month-${month}`}>
      <thead>
        <tr>
          {/* 2024-01-01 was a Monday: its week gives the weekday headers. */}
          {Array.from({ length: 7 }, (_, index) => (
            <th key={index} style={{ width: cell, fontWeight: 400, fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
              {weekdayName(addDays('2024-01-01', index))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, index) => (
          <tr key={index}>
            {week.map((date, column) => {
              if (!date) return <td key={column} />;
              const kind = dayKind(date, exceptions);
              const style = DAY_STYLES[kind];
              const note = exceptions.get(date)?.note;
              const mark = MARKS[kind];
              return (
                <td key={date} style={{ padding: 0 }}>
                  <button
                    type="button"
                    data-date={date}
                    data-kind={kind}
                    tabIndex={date === focused ? 0 : -1}
                    aria-label={`${fullDate(date)} · ${kindLabel(kind)}${note ? ` · ${note}` : ''}`}
                    aria-disabled={!canEdit}
                    title={note}
                    onClick={() => onToggle(date)}
                    onFocus={() => onFocusDay(date)}
                    style={{
                      position: 'relative',
                      width: cell,
                      height: cell,
                      padding: 0,
                      border: `1px solid ${style.border}`,
                      borderRadius: 4,
                      background: style.background,
                      color: style.color,
                      fontSize: 13,
                      cursor: canEdit ? 'pointer' : 'default',
                    }}
                  >
                    {Number(date.slice(8))}
                    {mark && (
                      <span aria-hidden style={{ position: 'absolute', top: 0, right: 1, fontSize: 9, lineHeight: 1 }}>
                        {t(`workOrders.calendar.mark.${mark}`)}
                      </span>
                    )}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
