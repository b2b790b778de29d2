import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { keysQueryKey } from '@/features/keys/api/list-keys';

export type KeyLedgerVerification = Schemas['KeyLedgerVerification'];

/** GET /api/v1/keys/ledger/verify?projectId — recomputes the project's hash chain. */
export async function verifyKeyLedger(projectId: string, signal?: AbortSignal): Promise<KeyLedgerVerification> {
  const { data } = await unwrap(api.GET('/api/v1/keys/ledger/verify', { params: { query: { projectId } }, signal }));
  return data;
}

export function keyLedgerVerificationQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: [...keysQueryKey, 'ledger-verification', projectId],
    queryFn: ({ signal }) => verifyKeyLedger(projectId, signal),
    staleTime: 0,
    meta: { silent: true },
  });
}

export function useKeyLedgerVerification(projectId: string, enabled = true) {
  return useQuery({ ...keyLedgerVerificationQueryOptions(projectId), enabled });
}
