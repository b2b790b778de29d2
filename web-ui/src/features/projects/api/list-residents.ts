import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { unitsQueryKey } from '@/features/projects/api/list-units';

export type Resident = Schemas['Resident'];

/** GET /api/v1/projects/{projectId}/units/{unitId}/residents — phones masked by the API. */
export async function listResidents(projectId: string, unitId: string, signal?: AbortSignal): Promise<Resident[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/units/{unitId}/residents', { params: { path: { projectId, unitId } }, signal }),
  );
  return data.items;
}

export function residentsQueryOptions(projectId: string, unitId: string) {
  return queryOptions({
    queryKey: [...unitsQueryKey(projectId), 'detail', unitId, 'residents'],
    queryFn: ({ signal }) => listResidents(projectId, unitId, signal),
  });
}

export function useResidents(projectId: string, unitId: string | undefined) {
  return useQuery({ ...residentsQueryOptions(projectId, unitId ?? ''), enabled: unitId !== undefined });
}
