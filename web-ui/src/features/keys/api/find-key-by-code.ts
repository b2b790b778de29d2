import { queryOptions, useQuery } from '@tanstack/react-query';
import { keysQueryKey, listKeys, type Key } from '@/features/keys/api/list-keys';

/** A key code as printed on a tag (what the API accepts in `?code=`). */
export const KEY_CODE_PATTERN = /^[A-Za-z0-9-]{1,40}$/;

/** A unit as the desk types it — "2-1004", "2栋1004", "2 栋 1004 室", "2号楼1004" — as the unit label "2-1004"; anything else as typed. */
export function normalizeKeyInput(value: string): string {
  const unit = /^\s*([A-Za-z0-9]+?)\s*(?:栋|幢|座|号楼|-|－|—)\s*([A-Za-z0-9]+?)\s*(?:室|号)?\s*$/.exec(value);
  return unit ? `${unit[1]}-${unit[2]}`.toUpperCase() : value.trim().toUpperCase();
}

/**
 * GET /api/v1/keys?projectId=…&code=… — the key behind a scanned or typed label, or null. When no key has
 * that code, the text is taken as a unit ("2-1004"): that unit's home key (type UNIT) if it has exactly one.
 */
export async function findKeyByCode(projectId: string, code: string, signal?: AbortSignal): Promise<Key | null> {
  const page = await listKeys({ projectId, code }, undefined, signal, 1);
  if (page.items[0]) return page.items[0];
  const units = await listKeys({ projectId, type: 'UNIT', q: code }, undefined, signal, 20);
  const ofUnit = units.items.filter((key) => key.unitLabel?.toUpperCase() === code.toUpperCase());
  return ofUnit.length === 1 ? (ofUnit[0] ?? null) : null;
}

export function keyByCodeQueryOptions(projectId: string, code: string) {
  return queryOptions({
    queryKey: [...keysQueryKey, 'by-code', projectId, code.toUpperCase()],
    queryFn: ({ signal }) => findKeyByCode(projectId, code, signal),
    staleTime: 0,
  });
}

export function useKeyByCode(projectId: string | undefined, code: string | undefined) {
  return useQuery({
    ...keyByCodeQueryOptions(projectId ?? '', code ?? ''),
    enabled: projectId !== undefined && code !== undefined && KEY_CODE_PATTERN.test(code),
  });
}
