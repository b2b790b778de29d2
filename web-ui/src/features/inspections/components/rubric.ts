import type { Schemas } from '@/lib/api/client';

type Version = Schemas['InspectionTemplateVersion'];
export type Placed = { section: Schemas['InspectionSection']; item: Schemas['InspectionItem']; checkPoint: Schemas['InspectionCheckPoint'] };
export type FindingRow = Placed & { result: Schemas['InspectionResult'] };

/** Where each check point of a version sits: its section and item. */
export function placeCheckPoints(version: Pick<Version, 'sections'>): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  for (const section of version.sections) for (const item of section.items) for (const checkPoint of item.checkPoints) placed.set(checkPoint.id, { section, item, checkPoint });
  return placed;
}

/** The findings of an inspection (its MISSING check points), in the rubric's order. */
export function findingsOf(inspection: Pick<Schemas['Inspection'], 'template' | 'results'>): FindingRow[] {
  const placed = placeCheckPoints(inspection.template);
  return inspection.results.flatMap((result) => {
    const where = placed.get(result.checkPointId);
    return result.status === 'MISSING' && where ? [{ ...where, result }] : [];
  });
}
