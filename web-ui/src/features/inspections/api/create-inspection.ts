import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inspectionQueryKey, type VersionedInspection } from '@/features/inspections/api/get-inspection';
import { inspectionsQueryKey } from '@/features/inspections/api/keys';
import { api, etagOf, unwrap, type Schemas } from '@/lib/api/client';

export type InspectionCreate = Schemas['InspectionCreate'];

/** POST /api/v1/inspections (QUALITY_SUPERVISOR, MANAGER, ADMIN): a DRAFT with the rubric's current version. */
export async function createInspection(body: InspectionCreate, idempotencyKey: string): Promise<VersionedInspection> {
  const { data, response } = await unwrap(api.POST('/api/v1/inspections', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
  return { inspection: data, etag: etagOf(response) };
}

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: InspectionCreate; idempotencyKey: string }) => createInspection(body, idempotencyKey),
    meta: { handledStatuses: [400, 409] },
    onSuccess: (created) => {
      queryClient.setQueryData(inspectionQueryKey(created.inspection.id), created);
      return queryClient.invalidateQueries({ queryKey: [...inspectionsQueryKey, 'pages'] });
    },
  });
}
