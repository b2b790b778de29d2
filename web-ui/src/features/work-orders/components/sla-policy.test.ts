import { describe, expect, it } from 'vitest';
import { deadlineProblem, ruleFieldOf, toDeadline, toDeadlineValue, toRuleRows, toRules } from '@/features/work-orders/components/sla-policy';

describe('SLA deadlines in human units', () => {
  it('shows minutes in the largest unit that states them exactly, and converts back', () => {
    expect(toDeadlineValue({ minutes: 15 })).toEqual({ amount: 15, unit: 'minutes' });
    expect(toDeadlineValue({ minutes: 240 })).toEqual({ amount: 4, unit: 'hours' });
    expect(toDeadlineValue({ minutes: 90 })).toEqual({ amount: 90, unit: 'minutes' });
    expect(toDeadlineValue({ minutes: 4320 })).toEqual({ amount: 3, unit: 'days' });
    expect(toDeadlineValue({ endOfDayPlusDays: 0 })).toEqual({ amount: 0, unit: 'endOfDay' });
    expect(toDeadline({ amount: 2, unit: 'days' })).toEqual({ minutes: 2880 });
    expect(toDeadline({ amount: 1, unit: 'endOfDay' })).toEqual({ endOfDayPlusDays: 1 });
  });

  it('checks the bounds of the contract: 1 minute to 365 days, end of day up to 365 days later', () => {
    expect(deadlineProblem({ amount: null, unit: 'hours' })).toBe('required');
    expect(deadlineProblem({ amount: 0, unit: 'minutes' })).toBe('tooShort');
    expect(deadlineProblem({ amount: 365, unit: 'days' })).toBeUndefined();
    expect(deadlineProblem({ amount: 366, unit: 'days' })).toBe('tooLong');
    expect(deadlineProblem({ amount: 0, unit: 'endOfDay' })).toBeUndefined();
    expect(deadlineProblem({ amount: 366, unit: 'endOfDay' })).toBe('tooLong');
  });

  it('lays out every type × priority in table order, whatever order the API used', () => {
    const rows = toRuleRows([
      { type: 'RECTIFICATION', priority: 'LOW', response: { minutes: 60 }, resolution: { minutes: 120 } },
      { type: 'REPAIR', priority: 'URGENT', response: { minutes: 15 }, resolution: { minutes: 240 } },
    ]);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({ type: 'REPAIR', priority: 'URGENT', response: { amount: 15, unit: 'minutes' } });
    expect(rows[19]).toMatchObject({ type: 'RECTIFICATION', priority: 'LOW', resolution: { amount: 2, unit: 'hours' } });
    expect(rows[1]?.response.amount).toBeNull(); // missing: to be filled in
    expect(toRules(rows)[0]).toEqual({ type: 'REPAIR', priority: 'URGENT', response: { minutes: 15 }, resolution: { minutes: 240 } });
  });

  it("finds the field of an API error's path", () => {
    expect(ruleFieldOf('rules[3].response.minutes')).toEqual(['rules', 3, 'response']);
    expect(ruleFieldOf('body.rules[12].resolution')).toEqual(['rules', 12, 'resolution']);
    expect(ruleFieldOf('rules')).toBeUndefined();
  });
});
