import { queryOptions, useQuery } from '@tanstack/react-query';
import { inspectionsQueryKey } from '@/features/inspections/api/keys';
import { api, etagOf, unwrap, type Schemas } from '@/lib/api/client';

export type Inspection = Schemas['Inspection'];
export type InspectionResult = Schemas['InspectionResult'];
export type InspectionResultStatus = Schemas['InspectionResultStatus'];
export type InspectionScore = Schemas['InspectionScore'];
/** An inspection with the ETag of its read (the next save's If-Match). */
export type VersionedInspection = { inspection: Inspection; etag: string | undefined };

/** GET /api/v1/inspections/{inspectionId}. */
export async function getInspection(inspectionId: string, signal?: AbortSignal): Promise<VersionedInspection> {
  const { data, response } = await unwrap(api.GET('/api/v1/inspections/{inspectionId}', { params: { path: { inspectionId } }, signal }));
  return { inspection: data, etag: etagOf(response) };
}

export function inspectionQueryKey(inspectionId: string) {
  return [...inspectionsQueryKey, 'detail', inspectionId] as const;
}

export function inspectionQueryOptions(inspectionId: string) {
  return queryOptions({
    queryKey: inspectionQueryKey(inspectionId),
    queryFn: ({ signal }) => getInspection(inspectionId, signal),
    meta: { silent: true },
  });
}

export function useInspection(inspectionId: string) {
  return useQuery(inspectionQueryOptions(inspectionId));
}
