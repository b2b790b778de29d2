import type { InspectionPlan, InspectionPlanInput, InspectionPlanLevel } from '@/features/inspections/api/plans';
import type { Schemas } from '@/lib/api/client';

type Frequency = Schemas['InspectionRecurrence']['frequency'];

/** The plan editor's values (the form's shape; the recurrence is flattened). */
export type PlanValues = {
  name: string;
  templateId: string;
  level: InspectionPlanLevel;
  frequency?: Frequency | undefined;
  weekdays?: number[] | undefined;
  dayOfMonth?: number | undefined;
  method: Schemas['InspectionMethod'];
  inspectorIds: string[];
  buildingIds?: string[] | undefined;
  vacantUnits: boolean;
  equipmentRooms?: string[] | undefined;
  dueTime: string;
  windowDays: number;
  startsOn?: string | undefined;
  active: boolean;
};

/** What each level's schedule is (集团每季度、分公司每月、服务中心每日); CUSTOM names its own. */
export const LEVEL_FREQUENCY: Record<InspectionPlanLevel, Frequency | undefined> = { GROUP: 'QUARTERLY', SUBSIDIARY: 'MONTHLY', SERVICE_CENTRE: 'DAILY', CUSTOM: undefined };

/** The frequency in force: the level's, else the one chosen. */
export function frequencyOf(values: Pick<PlanValues, 'level' | 'frequency'>): Frequency | undefined {
  return LEVEL_FREQUENCY[values.level] ?? values.frequency;
}

/** The request body: the recurrence only where it applies (weekdays for WEEKLY, a day for MONTHLY and QUARTERLY). */
export function planBody(values: PlanValues, projectId: string): InspectionPlanInput {
  const frequency = frequencyOf(values);
  const recurrence =
    frequency === undefined
      ? undefined
      : {
          frequency,
          ...(frequency === 'WEEKLY' ? { weekdays: [...(values.weekdays ?? [])].sort((a, b) => a - b) } : {}),
          ...((frequency === 'MONTHLY' || frequency === 'QUARTERLY') && values.dayOfMonth ? { dayOfMonth: values.dayOfMonth } : {}),
        };
  return {
    projectId,
    name: values.name.trim(),
    templateId: values.templateId,
    level: values.level,
    ...(recurrence && (values.level === 'CUSTOM' || recurrence.dayOfMonth !== undefined) ? { recurrence } : {}),
    method: values.method,
    inspectorIds: values.inspectorIds,
    ...(values.buildingIds && values.buildingIds.length > 0 ? { buildingIds: values.buildingIds } : {}),
    vacantUnits: values.vacantUnits,
    ...(rooms(values.equipmentRooms).length > 0 ? { equipmentRooms: rooms(values.equipmentRooms) } : {}),
    dueTime: values.dueTime,
    windowDays: values.windowDays,
    ...(values.startsOn ? { startsOn: values.startsOn } : {}),
    active: values.active,
  };
}

/** The equipment rooms as typed: trimmed, inner spaces single, blanks left out. */
export function rooms(typed: string[] | undefined): string[] {
  return (typed ?? []).map((room) => room.trim().replace(/\s+/g, ' ')).filter((room) => room.length > 0);
}

/** The first room named twice (ignoring case and spaces), if any: the server refuses the list then. */
export function repeatedRoom(typed: string[] | undefined): string | undefined {
  const seen = new Set<string>();
  for (const room of rooms(typed)) {
    const key = room.replace(/ /g, '').toLowerCase();
    if (seen.has(key)) return room;
    seen.add(key);
  }
  return undefined;
}

/** A saved plan as the editor's values. */
export function planValues(plan: InspectionPlan): PlanValues {
  return {
    name: plan.name,
    templateId: plan.templateId,
    level: plan.level,
    frequency: plan.recurrence.frequency,
    weekdays: plan.recurrence.weekdays ?? [],
    dayOfMonth: plan.recurrence.dayOfMonth,
    method: plan.method,
    inspectorIds: plan.inspectors.map((inspector) => inspector.id),
    buildingIds: plan.buildingIds,
    vacantUnits: plan.vacantUnits,
    equipmentRooms: plan.equipmentRooms,
    dueTime: plan.dueTime,
    windowDays: plan.windowDays,
    startsOn: plan.startsOn,
    active: plan.active,
  };
}

export const NEW_PLAN: Omit<PlanValues, 'name' | 'templateId' | 'inspectorIds'> = {
  level: 'SERVICE_CENTRE',
  method: 'OPEN',
  vacantUnits: false,
  dueTime: '18:00',
  windowDays: 0,
  active: true,
  weekdays: [1],
  dayOfMonth: 1,
};
