import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MINUTE = 60_000;

/** Days, hours and minutes of a duration (its sign ignored). */
export function splitDuration(ms: number): { d: number; h: number; m: number } {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / MINUTE));
  return { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60), m: minutes % 60 };
}

/**
 * The one duration format of the app, in both languages: the two largest parts that are not zero
 * ("2 小时 16 分钟", "1 天 3 小时", "29 分钟"; "2 h 16 min", "1 day 3 h", "29 min"). SLA countdowns, overdue keys,
 * loan lengths, complaint ages and statistics all use it.
 */
export function formatDuration(ms: number, t: TFunction): string {
  const { d, h, m } = splitDuration(ms);
  const parts = [
    d > 0 ? t('duration.days', { count: d }) : undefined,
    h > 0 ? t('duration.hours', { count: h }) : undefined,
    m > 0 || (d === 0 && h === 0) ? t('duration.minutes', { count: m }) : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.slice(0, 2).join(' ');
}

/** `formatDuration` in the user's language, for minutes as the API gives them; "—" when absent. */
export function useFormatMinutes(): (minutes: number | undefined) => string {
  const { t } = useTranslation();
  return useCallback((minutes) => (minutes === undefined ? '—' : formatDuration(Math.round(minutes) * MINUTE, t)), [t]);
}

/** Now, refreshed every `intervalMs` (countdowns and lateness that keep counting on screen). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
