import type { StatsPeriod } from '@/features/work-orders/api/get-work-order-stats';
import { addDays, startOfDayIn, todayIn } from '@/lib/dates';
import { isOneOf } from '@/features/work-orders/components/labels';

/** Last 7, 30 or 90 days (today included), or dates picked by hand. */
export const PERIODS = ['7d', '30d', '90d', 'custom'] as const;
export type Period = (typeof PERIODS)[number];
const PRESET_DAYS: Record<Exclude<Period, 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90 };

/** URL query parameters of the stats page. */
export const STATS_PARAMS = { project: 'project', period: 'period', from: 'from', to: 'to' } as const;

/** `from` and `to` are calendar dates (YYYY-MM-DD) in the project's time zone, both included. */
export type StatsState = { projectId: string | undefined; period: Period; from: string | undefined; to: string | undefined };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readStatsState(params: URLSearchParams): StatsState {
  const period = params.get(STATS_PARAMS.period);
  const from = params.get(STATS_PARAMS.from);
  const to = params.get(STATS_PARAMS.to);
  const custom = period === 'custom' && from !== null && to !== null && DATE.test(from) && DATE.test(to) && from <= to;
  return {
    projectId: params.get(STATS_PARAMS.project) ?? undefined,
    // A custom period without a valid range falls back to the default.
    period: custom ? 'custom' : isOneOf(PERIODS, period) && period !== 'custom' ? period : '30d',
    from: custom ? from : undefined,
    to: custom ? to : undefined,
  };
}

/** The first and last day shown. */
export function periodDates(state: StatsState, today: string): { from: string; to: string } {
  if (state.period === 'custom' && state.from && state.to) return { from: state.from, to: state.to };
  const days = PRESET_DAYS[state.period === 'custom' ? '30d' : state.period];
  return { from: addDays(today, -(days - 1)), to: today };
}

/** What to ask the API: from the first day's midnight; to the midnight after the last day, or now for a preset (which ends today). */
export function toStatsPeriod(state: StatsState, projectId: string, timeZone: string, now: number): StatsPeriod {
  const { from, to } = periodDates(state, todayIn(timeZone, now));
  return {
    projectId,
    from: startOfDayIn(from, timeZone),
    ...(state.period === 'custom' ? { to: startOfDayIn(addDays(to, 1), timeZone) } : {}),
  };
}
