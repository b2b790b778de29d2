import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type User = Schemas['User'];

/** GET /api/v1/users?projectId=…&role=TECHNICIAN — whom an order can be assigned to. */
export async function listTechnicians(projectId: string, signal?: AbortSignal): Promise<User[]> {
  const { data } = await unwrap(api.GET('/api/v1/users', { params: { query: { projectId, role: 'TECHNICIAN', limit: 200 } }, signal }));
  return data.items.filter((user) => user.active);
}

export function techniciansQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: ['users', 'technicians', projectId],
    queryFn: ({ signal }) => listTechnicians(projectId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useTechnicians(projectId: string, enabled = true) {
  return useQuery({ ...techniciansQueryOptions(projectId), enabled });
}
