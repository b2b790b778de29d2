import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type User = Schemas['User'];
export type Role = Schemas['Role'];

/**
 * GET /api/v1/users?projectId=… — the project's active staff (first 200), whom a form picks people from (a key's
 * borrower, approver or holder; a rectification's owner). Read-only INTEGRATION accounts are systems, not people,
 * and inactive users cannot act either: neither is offered. Shared by the features that pick staff.
 */
export async function listProjectStaff(projectId: string, signal?: AbortSignal): Promise<User[]> {
  const { data } = await unwrap(api.GET('/api/v1/users', { params: { query: { projectId, limit: 200 } }, signal }));
  return data.items.filter((user) => user.active && !user.roles.includes('INTEGRATION'));
}

export function projectStaffQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: ['users', 'project-staff', projectId],
    queryFn: ({ signal }) => listProjectStaff(projectId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useProjectStaff(projectId: string | undefined, enabled = true) {
  return useQuery({ ...projectStaffQueryOptions(projectId ?? ''), enabled: enabled && projectId !== undefined });
}
