import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { unitsQueryKey, type Unit } from '@/features/projects/api/list-units';

export type UnitUpdate = Schemas['UnitUpdate'];

/** PATCH /api/v1/projects/{projectId}/units/{unitId} with If-Match (ADMIN). */
export async function updateUnit(projectId: string, unitId: string, body: UnitUpdate, ifMatch: string): Promise<Unit> {
  const { data } = await unwrap(
    api.PATCH('/api/v1/projects/{projectId}/units/{unitId}', {
      params: { path: { projectId, unitId }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
  return data;
}

export function useUpdateUnit(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, body, ifMatch }: { unitId: string; body: UnitUpdate; ifMatch: string }) =>
      updateUnit(projectId, unitId, body, ifMatch),
    meta: { handledStatuses: [400, 412, 428] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey(projectId) }),
  });
}
