import type { Schemas } from '@/lib/api/client';

export const UNIT_STATUS_COLORS: Record<Schemas['UnitStatus'], string> = {
  OCCUPIED: 'green',
  VACANT: 'orange',
};

export const UNIT_STATUSES: readonly Schemas['UnitStatus'][] = ['OCCUPIED', 'VACANT'];

export const RELATION_COLORS: Record<Schemas['ResidentRelation'], string> = {
  OWNER: 'blue',
  TENANT: 'cyan',
  FAMILY: 'default',
};
