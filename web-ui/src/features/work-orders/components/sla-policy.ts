import type { SlaDeadline, SlaRule } from '@/features/work-orders/api/get-sla-policy';
import type { WorkOrderPriority, WorkOrderType } from '@/features/work-orders/api/list-work-orders';
import { PRIORITIES, TYPES } from '@/features/work-orders/components/labels';

/** A deadline as people think of it: so many minutes, hours or days, or the end of a day (当日回复 = 0). */
export const DEADLINE_UNITS = ['minutes', 'hours', 'days', 'endOfDay'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];
export type DeadlineValue = { amount: number | null; unit: DeadlineUnit };

const MINUTES: Record<Exclude<DeadlineUnit, 'endOfDay'>, number> = { minutes: 1, hours: 60, days: 1440 };
/** The contract's bounds: 1 minute to a year; the end of the day up to 365 days later. */
const MAX_MINUTES = 525_600;
const MAX_END_OF_DAY_DAYS = 365;

/** The largest unit that states the deadline exactly: 240 minutes → 4 hours, 90 → 90 minutes. */
export function toDeadlineValue(deadline: SlaDeadline): DeadlineValue {
  if (deadline.endOfDayPlusDays !== undefined) return { amount: deadline.endOfDayPlusDays, unit: 'endOfDay' };
  const minutes = deadline.minutes ?? 0;
  if (minutes > 0 && minutes % MINUTES.days === 0) return { amount: minutes / MINUTES.days, unit: 'days' };
  if (minutes > 0 && minutes % MINUTES.hours === 0) return { amount: minutes / MINUTES.hours, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

export function toDeadline(value: DeadlineValue): SlaDeadline {
  const amount = value.amount ?? 0;
  return value.unit === 'endOfDay' ? { endOfDayPlusDays: amount } : { minutes: amount * MINUTES[value.unit] };
}

/** What is wrong with a deadline as typed, if anything. */
export function deadlineProblem(value: DeadlineValue | undefined): 'required' | 'tooShort' | 'tooLong' | undefined {
  if (!value || value.amount === null || !Number.isInteger(value.amount)) return 'required';
  if (value.unit === 'endOfDay') return value.amount < 0 ? 'tooShort' : value.amount > MAX_END_OF_DAY_DAYS ? 'tooLong' : undefined;
  const minutes = value.amount * MINUTES[value.unit];
  return minutes < 1 ? 'tooShort' : minutes > MAX_MINUTES ? 'tooLong' : undefined;
}

/**
 * Whether the response falls due after the resolution whatever the registration time (the server's rule):
 * "end of the day n days on" lies between n and n + 1 days after the start.
 */
export function respondsAfterResolving(response: DeadlineValue | undefined, resolution: DeadlineValue | undefined): boolean {
  if (deadlineProblem(response) || deadlineProblem(resolution) || !response || !resolution) return false;
  const amount = (value: DeadlineValue) => value.amount ?? 0;
  const minutes = (value: DeadlineValue) => amount(value) * MINUTES[value.unit as Exclude<DeadlineUnit, 'endOfDay'>];
  if (response.unit === 'endOfDay') {
    return resolution.unit === 'endOfDay' ? amount(response) > amount(resolution) : minutes(resolution) < amount(response) * MINUTES.days;
  }
  return resolution.unit === 'endOfDay' ? minutes(response) > (amount(resolution) + 1) * MINUTES.days : minutes(response) > minutes(resolution);
}

export type RuleRow = { type: WorkOrderType; priority: WorkOrderPriority; response: DeadlineValue; resolution: DeadlineValue };

/** Every type × priority in the order of the table (type by type, most urgent first); a rule the API left out starts empty. */
export function toRuleRows(rules: readonly SlaRule[]): RuleRow[] {
  return TYPES.flatMap((type) =>
    PRIORITIES.map((priority) => {
      const rule = rules.find((candidate) => candidate.type === type && candidate.priority === priority);
      const empty: DeadlineValue = { amount: null, unit: 'hours' };
      return { type, priority, response: rule ? toDeadlineValue(rule.response) : empty, resolution: rule ? toDeadlineValue(rule.resolution) : empty };
    }),
  );
}

export function toRules(rows: readonly RuleRow[]): SlaRule[] {
  return rows.map((row) => ({ type: row.type, priority: row.priority, response: toDeadline(row.response), resolution: toDeadline(row.resolution) }));
}

/** The form field of an API error path (`rules[3].response.minutes` → rules, 3, response); rows are sent in table order. */
export function ruleFieldOf(apiField: string): ['rules', number, 'response' | 'resolution'] | undefined {
  const match = /^(?:body\.)?rules\[(\d+)\]\.(response|resolution)\b/.exec(apiField);
  return match ? ['rules', Number(match[1]), match[2] as 'response' | 'resolution'] : undefined;
}
