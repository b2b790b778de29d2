import { api, etagOf, unwrap, type Schemas } from '@/lib/api/client';
import type { VersionedInspection } from '@/features/inspections/api/get-inspection';

export type InspectionResultsUpdate = Schemas['InspectionResultsUpdate'];
export type InspectionResultInput = Schemas['InspectionResultInput'];

/** PUT /api/v1/inspections/{inspectionId}/results (its inspector, If-Match): the listed check points; the others keep theirs. */
export async function saveInspectionResults(inspectionId: string, body: InspectionResultsUpdate, ifMatch: string, signal?: AbortSignal): Promise<VersionedInspection> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/inspections/{inspectionId}/results', { params: { path: { inspectionId }, header: { 'If-Match': ifMatch } }, body, signal }),
  );
  return { inspection: data, etag: etagOf(response) };
}

/** POST /api/v1/inspections/{inspectionId}/submit (its inspector, If-Match): scores and freezes it. */
export async function submitInspection(inspectionId: string, ifMatch: string): Promise<VersionedInspection> {
  const { data, response } = await unwrap(api.POST('/api/v1/inspections/{inspectionId}/submit', { params: { path: { inspectionId }, header: { 'If-Match': ifMatch } } }));
  return { inspection: data, etag: etagOf(response) };
}
