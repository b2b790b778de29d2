import type { KeyStocktake } from '@/features/keys/api/get-key-stocktake';
import type { KeyEventType } from '@/features/keys/api/list-key-events';
import type { KeyAction, KeyStatus, KeyType } from '@/features/keys/api/list-keys';
import type { KeyStocktakeScanResultType } from '@/features/keys/api/scan-key-stocktake';
import type { Role } from '@/features/keys/api/list-project-staff';

export const KEY_TYPES: readonly KeyType[] = ['UNIT', 'EQUIPMENT_ROOM', 'COMMON_AREA', 'MAILBOX', 'VEHICLE', 'OTHER'];
export const KEY_STATUSES: readonly KeyStatus[] = ['AVAILABLE', 'CHECKED_OUT', 'LOST', 'RETIRED'];
/** The order of the buttons on a key. */
export const KEY_ACTIONS: readonly KeyAction[] = ['CHECK_OUT', 'RETURN', 'EDIT', 'DEPOSIT', 'REPORT_LOST', 'FOUND', 'RETIRE'];
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'AGENT', 'TECHNICIAN', 'KEY_CUSTODIAN', 'QUALITY_SUPERVISOR', 'INTEGRATION'];

export const STATUS_COLORS: Record<KeyStatus, string> = {
  AVAILABLE: 'green',
  CHECKED_OUT: 'blue',
  LOST: 'red',
  RETIRED: 'default',
};

export const EVENT_COLORS: Partial<Record<KeyEventType, string>> = {
  CHECKED_OUT: 'blue',
  RETURNED: 'green',
  FOUND: 'green',
  OVERDUE: 'red',
  REPORTED_LOST: 'red',
  RETIRED: 'gray',
};

export const STOCKTAKE_STATUS_COLORS: Record<KeyStocktake['status'], string> = {
  OPEN: 'processing',
  COMPLETED: 'success',
  CANCELLED: 'default',
};

/** A colour per stock-take answer: green is fine, orange needs a look, red is a problem. */
export const SCAN_RESULT_COLORS: Record<KeyStocktakeScanResultType, 'success' | 'warning' | 'error' | 'info'> = {
  FOUND: 'success',
  WRONG_SLOT: 'warning',
  UNKNOWN: 'error',
  NOT_EXPECTED: 'error',
  ALREADY_SCANNED: 'info',
  CHECKED_OUT: 'warning',
};

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}
