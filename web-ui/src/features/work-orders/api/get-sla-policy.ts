import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type SlaPolicy = Schemas['SlaPolicy'];
export type SlaRule = Schemas['SlaRule'];
export type SlaDeadline = Schemas['SlaDeadline'];

/** GET /api/v1/projects/{projectId}/sla-policies — response and resolution limits per type × priority. */
export async function getSlaPolicy(projectId: string, signal?: AbortSignal): Promise<SlaPolicy> {
  const { data } = await unwrap(api.GET('/api/v1/projects/{projectId}/sla-policies', { params: { path: { projectId } }, signal }));
  return data;
}

export function slaPolicyQueryKey(projectId: string) {
  return ['projects', projectId, 'sla-policy'] as const;
}

export function slaPolicyQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: slaPolicyQueryKey(projectId),
    queryFn: ({ signal }) => getSlaPolicy(projectId, signal),
    meta: { silent: true },
  });
}

export function useSlaPolicy(projectId: string) {
  return useQuery(slaPolicyQueryOptions(projectId));
}
