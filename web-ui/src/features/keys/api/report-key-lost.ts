import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useKeyMutation } from '@/features/keys/api/key-mutation';
import type { Key } from '@/features/keys/api/list-keys';

/** POST /api/v1/keys/{keyId}/report-lost — LOST; for UNIT and EQUIPMENT_ROOM keys a lock-change order is registered. */
export async function reportKeyLost(keyId: string, body: Schemas['KeyReason']): Promise<Key> {
  const { data } = await unwrap(api.POST('/api/v1/keys/{keyId}/report-lost', { params: { path: { keyId } }, body }));
  return data;
}

export function useReportKeyLost(keyId: string) {
  return useKeyMutation((body: Schemas['KeyReason']) => reportKeyLost(keyId, body));
}
