import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { buildingsQueryKey, type Building } from '@/features/projects/api/list-buildings';

export type BuildingUpdate = Schemas['BuildingUpdate'];

/** PATCH /api/v1/projects/{projectId}/buildings/{buildingId} with If-Match (ADMIN). */
export async function updateBuilding(
  projectId: string,
  buildingId: string,
  body: BuildingUpdate,
  ifMatch: string,
): Promise<Building> {
  const { data } = await unwrap(
    api.PATCH('/api/v1/projects/{projectId}/buildings/{buildingId}', {
      params: { path: { projectId, buildingId }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
  return data;
}

export function useUpdateBuilding(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ buildingId, body, ifMatch }: { buildingId: string; body: BuildingUpdate; ifMatch: string }) =>
      updateBuilding(projectId, buildingId, body, ifMatch),
    // The form shows field errors (400) and "someone else changed this" (412, 428).
    meta: { handledStatuses: [400, 412, 428] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: buildingsQueryKey(projectId) }),
  });
}
