import { describe, expect, it } from 'vitest';
import { NEW_PLAN, planBody, repeatedRoom, type PlanValues } from '@/features/inspections/components/plan-form';

const values = (over: Partial<PlanValues>): PlanValues => ({ ...NEW_PLAN, name: ' 十必查 ', templateId: 'tpl', inspectorIds: ['u1'], ...over });

describe('planBody', () => {
  it('sends no recurrence for a level that implies one, the day of the month for monthly levels', () => {
    expect(planBody(values({ level: 'SERVICE_CENTRE', frequency: 'WEEKLY' }), 'p')).not.toHaveProperty('recurrence');
    expect(planBody(values({ level: 'SUBSIDIARY', dayOfMonth: 5 }), 'p').recurrence).toEqual({ frequency: 'MONTHLY', dayOfMonth: 5 });
    expect(planBody(values({ level: 'GROUP', dayOfMonth: 15 }), 'p').recurrence).toEqual({ frequency: 'QUARTERLY', dayOfMonth: 15 });
  });

  it('sends a custom recurrence with only the fields it takes, weekdays sorted', () => {
    const weekly = planBody(values({ level: 'CUSTOM', frequency: 'WEEKLY', weekdays: [4, 1], dayOfMonth: 3 }), 'p');
    expect(weekly.recurrence).toEqual({ frequency: 'WEEKLY', weekdays: [1, 4] });
    expect(planBody(values({ level: 'CUSTOM', frequency: 'DAILY', weekdays: [2] }), 'p').recurrence).toEqual({ frequency: 'DAILY' });
    expect(weekly).toMatchObject({ projectId: 'p', name: '十必查', dueTime: '18:00', windowDays: 0, active: true });
  });

  it('sends the buildings only when some are chosen (none: the whole project)', () => {
    expect(planBody(values({ buildingIds: [] }), 'p')).not.toHaveProperty('buildingIds');
    expect(planBody(values({ buildingIds: ['b1'] }), 'p').buildingIds).toEqual(['b1']);
  });

  it('leaves the recurrence out when a custom plan has none (the API names the field)', () => {
    expect(planBody(values({ level: 'CUSTOM', frequency: undefined }), 'p')).not.toHaveProperty('recurrence');
  });
});

describe('equipment rooms', () => {
  it('sends the rooms trimmed, blanks left out, and none when there are none', () => {
    expect(planBody(values({ equipmentRooms: [' 1号楼配电房 ', '', 'pump   room'] }), 'p').equipmentRooms).toEqual(['1号楼配电房', 'pump room']);
    expect(planBody(values({ equipmentRooms: ['  '] }), 'p')).not.toHaveProperty('equipmentRooms');
    expect(planBody(values({}), 'p')).not.toHaveProperty('equipmentRooms');
  });

  it('finds a room named twice, ignoring case and spaces, as the server does', () => {
    expect(repeatedRoom(['水泵房', '配电房'])).toBeUndefined();
    expect(repeatedRoom(['Pump Room', 'pump  room'])).toBe('pump room');
    expect(repeatedRoom(['水泵 房', '水泵房'])).toBe('水泵房');
  });
});
