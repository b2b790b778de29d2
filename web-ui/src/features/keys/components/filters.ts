import { readNoneGroup } from '@/components/NoneGroupTags';
import type { KeyCheckoutFilters } from '@/features/keys/api/list-key-checkouts';
import type { KeyFilters, KeyStatus, KeyType } from '@/features/keys/api/list-keys';
import { isOneOf, KEY_STATUSES, KEY_TYPES } from '@/features/keys/components/labels';
import { daysToInstants, parseDay } from '@/lib/dates';

/** URL query parameters that hold the ledger's filters (the project's, `project`, is the app's). */
export const LEDGER_PARAMS = { type: 'type', status: 'status', cabinet: 'cabinet', holder: 'holder', overdue: 'overdue', q: 'q' } as const;

/**
 * URL query parameters of the quality picture's drill-downs on the key pages: the period (`from`, `to`: days in the
 * project's zone, both included) — on /keys the days keys were reported lost (keysLost), on /keys/overdue with
 * `late=1` the days they were checked out (keysOverdue) — the figure's building, and its "none" building (keys to no unit).
 */
export const DRILL_PARAMS = { late: 'late', from: 'from', to: 'to', building: 'building', withoutUnit: 'withoutUnit' } as const;

/** A quality figure's filters on a key page. */
export type KeyDrill = {
  from: string | undefined;
  to: string | undefined;
  buildingId: string | undefined;
  withoutUnit: boolean;
};

export type LedgerState = {
  type: KeyType | undefined;
  status: KeyStatus | undefined;
  cabinetId: string | undefined;
  holderId: string | undefined;
  overdue: boolean;
  q: string;
  /** Reported lost in these days, of this building or to no unit (the quality picture's keysLost). */
  drill: KeyDrill;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A hand-edited id would only earn a 400: ignore what is not a UUID.
const uuid = (value: string | null) => (value && UUID.test(value) ? value : undefined);

export function readKeyDrill(params: URLSearchParams): KeyDrill {
  return {
    from: parseDay(params.get(DRILL_PARAMS.from)),
    to: parseDay(params.get(DRILL_PARAMS.to)),
    buildingId: uuid(params.get(DRILL_PARAMS.building)),
    withoutUnit: readNoneGroup(params).withoutUnit,
  };
}

export function isDrilled(drill: KeyDrill): boolean {
  return Boolean(drill.from || drill.to || drill.buildingId || drill.withoutUnit);
}

/** The URL changes that drop every drill-down filter (and `late`): back to the page's own list. */
export const CLEAR_DRILL: Record<string, undefined> = Object.fromEntries(Object.values(DRILL_PARAMS).map((param) => [param, undefined]));

export function readLedgerState(params: URLSearchParams): LedgerState {
  const type = params.get(LEDGER_PARAMS.type);
  const status = params.get(LEDGER_PARAMS.status);
  return {
    type: isOneOf(KEY_TYPES, type) ? type : undefined,
    status: isOneOf(KEY_STATUSES, status) ? status : undefined,
    cabinetId: uuid(params.get(LEDGER_PARAMS.cabinet)),
    holderId: uuid(params.get(LEDGER_PARAMS.holder)),
    overdue: params.get(LEDGER_PARAMS.overdue) === '1',
    q: params.get(LEDGER_PARAMS.q) ?? '',
    drill: readKeyDrill(params),
  };
}

/** The ledger's filters for the API; the lost days become instants where the project is (`timeZone`). */
export function toKeyFilters(state: LedgerState, projectId: string | undefined, timeZone: string): KeyFilters {
  const lost = daysToInstants(state.drill.from, state.drill.to, timeZone);
  return {
    projectId,
    type: state.type,
    status: state.status,
    cabinetId: state.cabinetId,
    holderId: state.holderId,
    overdue: state.overdue || undefined,
    q: state.q.trim() || undefined,
    lostFrom: lost.from,
    lostTo: lost.to,
    buildingId: state.drill.buildingId,
    withoutUnit: state.drill.withoutUnit || undefined,
  };
}

export function isFiltered(state: LedgerState): boolean {
  return Boolean(state.type || state.status || state.cabinetId || state.holderId || state.overdue || state.q || isDrilled(state.drill));
}

/** `?late=1` on /keys/overdue: the late checkouts of a period (the quality picture's keysOverdue); undefined: overdue now. */
export function readLateCheckouts(params: URLSearchParams): KeyDrill | undefined {
  return params.get(DRILL_PARAMS.late) === '1' ? readKeyDrill(params) : undefined;
}

/** The late checkouts' filters for the API (the list and its export): the checkout days as instants where the project is. */
export function lateCheckoutFilters(drill: KeyDrill, projectId: string, timeZone: string): KeyCheckoutFilters {
  const period = daysToInstants(drill.from, drill.to, timeZone);
  return {
    projectId,
    late: true,
    checkedOutFrom: period.from,
    checkedOutTo: period.to,
    buildingId: drill.buildingId,
    withoutUnit: drill.withoutUnit || undefined,
  };
}
