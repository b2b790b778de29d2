import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { buildingsQueryKey, type Building } from '@/features/projects/api/list-buildings';
import { projectQueryKey } from '@/features/projects/api/get-project';
import { projectsQueryKey } from '@/features/projects/api/list-projects';

export type BuildingCreate = Schemas['BuildingCreate'];

/** POST /api/v1/projects/{projectId}/buildings (ADMIN). */
export async function createBuilding(projectId: string, body: BuildingCreate, idempotencyKey: string): Promise<Building> {
  const { data } = await unwrap(
    api.POST('/api/v1/projects/{projectId}/buildings', {
      params: { path: { projectId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
  return data;
}

export function useCreateBuilding(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: BuildingCreate; idempotencyKey: string }) =>
      createBuilding(projectId, body, idempotencyKey),
    meta: { handledStatuses: [400, 409] },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: buildingsQueryKey(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectQueryKey(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectsQueryKey }),
      ]);
    },
  });
}
