import type { KeyFilters, KeyStatus, KeyType } from '@/features/keys/api/list-keys';
import { isOneOf, KEY_STATUSES, KEY_TYPES } from '@/features/keys/components/labels';

/** URL query parameters that hold the ledger's filters (the project's, `project`, is the app's). */
export const LEDGER_PARAMS = { type: 'type', status: 'status', cabinet: 'cabinet', holder: 'holder', overdue: 'overdue', q: 'q' } as const;

export type LedgerState = {
  type: KeyType | undefined;
  status: KeyStatus | undefined;
  cabinetId: string | undefined;
  holderId: string | undefined;
  overdue: boolean;
  q: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readLedgerState(params: URLSearchParams): LedgerState {
  const type = params.get(LEDGER_PARAMS.type);
  const status = params.get(LEDGER_PARAMS.status);
  const cabinet = params.get(LEDGER_PARAMS.cabinet);
  const holder = params.get(LEDGER_PARAMS.holder);
  return {
    type: isOneOf(KEY_TYPES, type) ? type : undefined,
    status: isOneOf(KEY_STATUSES, status) ? status : undefined,
    // A hand-edited id would only earn a 400: ignore what is not a UUID.
    cabinetId: cabinet && UUID.test(cabinet) ? cabinet : undefined,
    holderId: holder && UUID.test(holder) ? holder : undefined,
    overdue: params.get(LEDGER_PARAMS.overdue) === '1',
    q: params.get(LEDGER_PARAMS.q) ?? '',
  };
}

export function toKeyFilters(state: LedgerState, projectId: string | undefined): KeyFilters {
  return {
    projectId,
    type: state.type,
    status: state.status,
    cabinetId: state.cabinetId,
    holderId: state.holderId,
    overdue: state.overdue || undefined,
    q: state.q.trim() || undefined,
  };
}

export function isFiltered(state: LedgerState): boolean {
  return Boolean(state.type || state.status || state.cabinetId || state.holderId || state.overdue || state.q);
}
