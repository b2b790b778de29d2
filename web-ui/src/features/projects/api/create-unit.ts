import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { projectQueryKey } from '@/features/projects/api/get-project';
import { buildingsQueryKey } from '@/features/projects/api/list-buildings';
import { projectsQueryKey } from '@/features/projects/api/list-projects';
import { unitsQueryKey, type Unit } from '@/features/projects/api/list-units';

export type UnitCreate = Schemas['UnitCreate'];

/** POST /api/v1/projects/{projectId}/units (ADMIN). */
export async function createUnit(projectId: string, body: UnitCreate, idempotencyKey: string): Promise<Unit> {
  const { data } = await unwrap(
    api.POST('/api/v1/projects/{projectId}/units', {
      params: { path: { projectId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
  return data;
}

export function useCreateUnit(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: UnitCreate; idempotencyKey: string }) =>
      createUnit(projectId, body, idempotencyKey),
    meta: { handledStatuses: [400, 409] },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: unitsQueryKey(projectId) }),
        queryClient.invalidateQueries({ queryKey: buildingsQueryKey(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectQueryKey(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectsQueryKey }),
      ]);
    },
  });
}
