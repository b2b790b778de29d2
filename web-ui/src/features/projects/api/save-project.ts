import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import type { Project } from '@/features/projects/api/list-projects';

export type ProjectCreate = Schemas['ProjectCreate'];
export type ProjectUpdate = Schemas['ProjectUpdate'];

/** POST /api/v1/projects (ADMIN) with an Idempotency-Key. */
export async function createProject(body: ProjectCreate, idempotencyKey: string): Promise<Project> {
  const { data } = await unwrap(api.POST('/api/v1/projects', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
  return data;
}

/** PATCH /api/v1/projects/{projectId} with If-Match (ADMIN): name, time zone, address; the code never changes. */
export async function updateProject(projectId: string, body: ProjectUpdate, ifMatch: string): Promise<Project> {
  const { data } = await unwrap(
    api.PATCH('/api/v1/projects/{projectId}', { params: { path: { projectId }, header: { 'If-Match': ifMatch } }, body }),
  );
  return data;
}

type Save =
  | { kind: 'create'; body: ProjectCreate; idempotencyKey: string }
  | { kind: 'update'; projectId: string; body: ProjectUpdate; ifMatch: string };

/** One mutation for the project form; every project list and the project refresh after it. */
export function useSaveProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: Save) =>
      save.kind === 'create' ? createProject(save.body, save.idempotencyKey) : updateProject(save.projectId, save.body, save.ifMatch),
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['projects'] }),
  });
}
