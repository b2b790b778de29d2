import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type User = Schemas['User'];
export type Role = Schemas['Role'];

/** Who may approve a checkout (the API checks it again: KEY_APPROVER_NOT_AUTHORIZED). */
export const APPROVER_ROLES: readonly Role[] = ['KEY_CUSTODIAN', 'MANAGER'];

/**
 * GET /api/v1/users?projectId=… — the project's active staff (first 200): borrowers, approvers,
 * custodians and holders are picked from them. Read-only INTEGRATION accounts are systems, not people
 * who can hold a key, and inactive users cannot either: neither is offered.
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
