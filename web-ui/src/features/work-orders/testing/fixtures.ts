import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

export const PROJECT = 'b5f1a1e2-0000-4000-8000-000000000002';
export const UNIT = 'd0000000-0000-4000-8000-000000001201';
export const AGENT = '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a11';
export const TECH = '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a12';

/** A work order as the API returns it, with overrides. */
export function workOrder(overrides: Partial<WorkOrder> = {}): WorkOrder {
  const now = Date.now();
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    code: 'SG-20261123-0001',
    projectId: PROJECT,
    unitId: UNIT,
    unitLabel: '1-1201',
    type: 'REPAIR',
    category: 'PLUMBING',
    priority: 'NORMAL',
    channel: 'PHONE',
    title: '厨房水管漏水',
    reporter: { name: '张先生', phone: '13800005678', phoneMasked: false },
    firstResponsibleId: AGENT,
    firstResponsibleName: '李客服',
    status: 'NEW',
    sla: {
      responseDueAt: new Date(now + 80 * 60_000 + 20_000).toISOString(),
      resolutionDueAt: new Date(now + 72 * 3600_000).toISOString(),
      responseBreached: false,
      resolutionBreached: false,
    },
    reopenCount: 0,
    allowedActions: [],
    version: 0,
    createdAt: new Date(now - 10 * 60_000).toISOString(),
    updatedAt: new Date(now - 10 * 60_000).toISOString(),
    ...overrides,
  };
}

/** A unit as the API returns it (in a unit list or a lookup). */
export function unitOf(id: string, label: string) {
  const [building = '1', number = '101'] = label.split('-');
  return {
    id,
    projectId: PROJECT,
    buildingId: `c0000000-0000-4000-8000-00000000000${building}`,
    buildingCode: building,
    number,
    label,
    status: 'OCCUPIED' as const,
    residentCount: 1,
    version: 0,
  };
}

/** A match of the caller lookup: the unit, its residents and which of them matched. */
export function lookupItem(
  id: string,
  label: string,
  residents: { id: string; name: string; phone: string }[] = [],
  matchedBy: 'UNIT' | 'PHONE' | 'RESIDENT_NAME' = 'UNIT',
) {
  return {
    unit: unitOf(id, label),
    matchedBy,
    residents: residents.map((resident) => ({ ...resident, unitId: id, relation: 'OWNER' as const, phoneMasked: true })),
    matchedResidentIds: matchedBy === 'UNIT' ? [] : residents.map((resident) => resident.id),
  };
}
