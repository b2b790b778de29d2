import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, formatOffset, offsetMinutes } from '@/lib/dates';
import { useNow } from '@/lib/duration';
import { formatDateTime, formatShortDateTime } from '@/lib/format';

/**
 * The time zone of the project on screen (the header's project; a page of one project's record selects that project).
 * Every time the staff app shows is in it — codes, calendars and SLA days are the project's, so the clock is too — and
 * the header says so when it differs from the browser's (`TimeZoneNote`). Outside a provider: the browser's zone.
 */
const TimeZoneContext = createContext<string | undefined>(undefined);

export function TimeZoneProvider({ timeZone, children }: { timeZone: string | undefined; children: ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

export function useTimeZone(): string {
  return useContext(TimeZoneContext) ?? browserTimeZone();
}

/** Formats an instant (ISO-8601) as a date and time in the user's language and the project's zone; "—" when absent. */
export function useFormatDateTime(): (iso: string | undefined) => string {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  const language = i18n.language;
  return useCallback((iso) => formatDateTime(iso, language, timeZone), [language, timeZone]);
}

/** The same for a table cell: no year when it is this year (`formatShortDateTime`). */
export function useFormatShortDateTime(): (iso: string | undefined) => string {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  const language = i18n.language;
  return useCallback((iso) => formatShortDateTime(iso, language, timeZone), [language, timeZone]);
}

/** "UTC+8 · 项目时间" when the project's clock and the browser's differ now; nothing when they agree. */
export function TimeZoneNote({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const now = useNow(15 * 60_000); // offsets change twice a year (summer time)
  if (!zone) return null;
  const offset = offsetMinutes(zone, now);
  const browserOffset = offsetMinutes(browserTimeZone(), now);
  if (offset === browserOffset) return null;
  const explain = t('timeZone.explain', { zone, offset: formatOffset(offset), browserOffset: formatOffset(browserOffset) });
  return (
    <Tooltip title={explain}>
      <Tag icon={<ClockCircleOutlined />} aria-label={explain} data-testid="time-zone-note" style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>
        {compact ? formatOffset(offset) : `${formatOffset(offset)} · ${t('timeZone.projectTime')}`}
      </Tag>
    </Tooltip>
  );
}
