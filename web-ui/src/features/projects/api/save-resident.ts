import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap, type Schemas } from '@/lib/api/client';
import type { Resident } from '@/features/projects/api/list-residents';
import { unitsQueryKey } from '@/features/projects/api/list-units';

export type ResidentCreate = Schemas['ResidentCreate'];
export type ResidentUpdate = Schemas['ResidentUpdate'];

type Path = { projectId: string; unitId: string };

/** GET …/residents/{residentId} — the phone in full for the desk, managers and administrators; with its ETag. */
export async function getResident({ projectId, unitId }: Path, residentId: string): Promise<{ item: Resident; etag: string }> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/units/{unitId}/residents/{residentId}', { params: { path: { projectId, unitId, residentId } } }),
  );
  return { item: data, etag: etagOf(response) ?? `"${String(data.version)}"` };
}

type Save =
  | { kind: 'create'; body: ResidentCreate; idempotencyKey: string }
  | { kind: 'update'; residentId: string; body: ResidentUpdate; ifMatch: string }
  | { kind: 'move-out'; residentId: string; movedOutOn: string };

async function save({ projectId, unitId }: Path, change: Save): Promise<Resident> {
  if (change.kind === 'create') {
    const { data } = await unwrap(
      api.POST('/api/v1/projects/{projectId}/units/{unitId}/residents', {
        params: { path: { projectId, unitId }, header: { 'Idempotency-Key': change.idempotencyKey } },
        body: change.body,
      }),
    );
    return data;
  }
  const path = { projectId, unitId, residentId: change.residentId };
  if (change.kind === 'update') {
    const { data } = await unwrap(
      api.PATCH('/api/v1/projects/{projectId}/units/{unitId}/residents/{residentId}', {
        params: { path, header: { 'If-Match': change.ifMatch } },
        body: change.body,
      }),
    );
    return data;
  }
  const { data } = await unwrap(
    api.POST('/api/v1/projects/{projectId}/units/{unitId}/residents/{residentId}/move-out', {
      params: { path },
      body: { movedOutOn: change.movedOutOn },
    }),
  );
  return data;
}

/** Register, correct (If-Match) or move out a resident (ADMIN, MANAGER, AGENT); the unit and its residents refresh. */
export function useSaveResident(projectId: string, unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Save) => save({ projectId, unitId }, change),
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey(projectId) }),
  });
}
