import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type UnitLookupItem = Schemas['UnitLookupItem'];
export type LookupResident = Schemas['Resident'];

/**
 * GET /api/v1/projects/{projectId}/unit-lookup?q= — what a caller says ("2栋1201", "1201", a phone or its last 4
 * digits, a name) to units, each with its residents (phones masked) and the ones that matched.
 */
export async function lookupUnits(projectId: string, q: string, signal?: AbortSignal): Promise<UnitLookupItem[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/unit-lookup', { params: { path: { projectId }, query: { q, limit: 20 } }, signal }),
  );
  return data.items;
}

export function unitLookupQueryOptions(projectId: string, q: string) {
  return queryOptions({
    queryKey: ['projects', projectId, 'unit-lookup', q],
    queryFn: ({ signal }) => lookupUnits(projectId, q, signal),
    staleTime: 30_000,
  });
}

/** The answer for exactly `q` (never another query's options: `data` is undefined until this one has answered). */
export function useUnitLookup(projectId: string, q: string) {
  return useQuery({ ...unitLookupQueryOptions(projectId, q), enabled: q !== '' });
}
