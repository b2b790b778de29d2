import type { Me } from '@/features/auth/api/get-me';
import { useOverdueCheckouts } from '@/features/keys/api/list-key-checkouts';
import { useCurrentProjectId } from '@/lib/selected-project';

/*
 * What the app shell needs to know about keys, apart from the key screens (KeyRoutes), which load
 * only when one is opened.
 */

/** Who keeps the keys: registers, lends, takes back, reports lost, counts (the API checks it again). */
export function canManageKeys(me: Me | undefined): boolean {
  return me?.roles.some((role) => role === 'KEY_CUSTODIAN' || role === 'MANAGER' || role === 'ADMIN') ?? false;
}

/** The overdue keys of the header's project, for the menu badge of those who chase them (refreshed every minute). */
export function useOverdueKeyCount(me: Me | undefined): number | undefined {
  const projectId = useCurrentProjectId(me);
  const overdue = useOverdueCheckouts(projectId, { enabled: canManageKeys(me), refetchInterval: 60_000 });
  return overdue.data?.items.length;
}
