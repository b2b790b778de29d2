import type { Me } from '@/features/auth/api/get-me';

/*
 * Who does what in quality supervision (品质督导); the API checks each again. The shell needs these for the menu,
 * apart from the inspection screens (InspectionRoutes), which load only when one is opened.
 */

/** Starts inspections, raises rectifications from findings, re-inspects (复查). */
export function canInspect(me: Me | undefined): boolean {
  return me?.roles.some((role) => role === 'QUALITY_SUPERVISOR' || role === 'MANAGER' || role === 'ADMIN') ?? false;
}

/** Builds and publishes rubrics. */
export function canEditInspectionTemplates(me: Me | undefined): boolean {
  return me?.roles.includes('ADMIN') ?? false;
}

/** Reads inspections and the rectification register: project staff; not a technician who is only that (their rectifications are work orders). */
export function seesQuality(me: Me | undefined): boolean {
  return me !== undefined && me.roles.some((role) => role !== 'TECHNICIAN');
}
