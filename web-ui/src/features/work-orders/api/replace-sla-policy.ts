import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { slaPolicyQueryKey, type SlaPolicy, type SlaRule } from '@/features/work-orders/api/get-sla-policy';
import { storeAnswer } from '@/lib/query-cache';

/** PUT /api/v1/projects/{projectId}/sla-policies — the whole policy, one rule per type × priority (MANAGER, ADMIN). */
export async function replaceSlaPolicy(projectId: string, rules: SlaRule[]): Promise<SlaPolicy> {
  const { data } = await unwrap(api.PUT('/api/v1/projects/{projectId}/sla-policies', { params: { path: { projectId } }, body: { rules } }));
  return data;
}

export function useReplaceSlaPolicy(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: SlaRule[]) => replaceSlaPolicy(projectId, rules),
    // The table puts 400s on its cells.
    meta: { handledStatuses: [400] },
    onSuccess: (policy) => storeAnswer(queryClient, slaPolicyQueryKey(projectId), policy),
  });
}
