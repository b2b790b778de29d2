import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';

const MINUTE = 60_000;

/** "2 小时 15 分" / "2 h 15 min": days, hours and minutes, the two largest that are not zero. */
export function formatDuration(ms: number, t: TFunction): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  const parts = [
    days > 0 ? t('keys.duration.days', { count: days }) : undefined,
    hours > 0 ? t('keys.duration.hours', { count: hours }) : undefined,
    rest > 0 || (days === 0 && hours === 0) ? t('keys.duration.minutes', { count: rest }) : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.slice(0, 2).join(' ');
}

/** The current time, updated every `intervalMs` (a lateness that keeps counting on screen). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
