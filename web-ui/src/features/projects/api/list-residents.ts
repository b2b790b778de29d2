import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { allPages, WHOLE_LIST_PAGE } from '@/lib/pages';
import { unitsQueryKey } from '@/features/projects/api/list-units';

export type Resident = Schemas['Resident'];
export type ResidentStatus = Schemas['ResidentStatus'];

/** GET /api/v1/projects/{projectId}/units/{unitId}/residents — phones masked by the API; CURRENT by default, FORMER/ALL for the history. */
export async function listResidents(projectId: string, unitId: string, status: ResidentStatus, signal?: AbortSignal): Promise<Resident[]> {
  return allPages(async (cursor) => {
    const { data } = await unwrap(
      api.GET('/api/v1/projects/{projectId}/units/{unitId}/residents', {
        params: { path: { projectId, unitId }, query: { ...(status === 'CURRENT' ? {} : { status }), limit: WHOLE_LIST_PAGE, cursor } },
        signal,
      }),
    );
    return data;
  });
}

export function residentsQueryKey(projectId: string, unitId: string) {
  return [...unitsQueryKey(projectId), 'detail', unitId, 'residents'] as const;
}

export function residentsQueryOptions(projectId: string, unitId: string, status: ResidentStatus = 'CURRENT') {
  return queryOptions({
    queryKey: [...residentsQueryKey(projectId, unitId), status],
    queryFn: ({ signal }) => listResidents(projectId, unitId, status, signal),
  });
}

export function useResidents(projectId: string, unitId: string | undefined, status: ResidentStatus = 'CURRENT') {
  return useQuery({ ...residentsQueryOptions(projectId, unitId ?? '', status), enabled: unitId !== undefined });
}
