import type { TFunction } from 'i18next';
import type { ImportRowError } from '@/features/imports/api/imports';

/** Every code of the contract's ImportErrorCode (each has a text in both languages). */
export const IMPORT_ERROR_CODES: readonly ImportRowError['code'][] = [
  'REQUIRED',
  'REQUIRED_FOR_RESIDENT',
  'UNKNOWN_BUILDING',
  'INVALID_UNIT_NUMBER',
  'OUT_OF_RANGE',
  'INVALID_AREA',
  'NOT_ALLOWED',
  'TOO_LONG',
  'INVALID_PHONE',
  'INVALID_DATE',
  'FUTURE_DATE',
  'DIFFERS_FROM_ROW',
  'REPEATED_RESIDENT',
];
const CODES = new Set<string>(IMPORT_ERROR_CODES);

/**
 * A row error in the UI's language: its stable `code` with the parameters (`imports.errors.<CODE>`); a code this SPA
 * does not know yet (a newer API) falls back to the API's English message.
 */
export function importErrorText(t: TFunction, error: Pick<ImportRowError, 'code' | 'params' | 'message'>): string {
  if (!CODES.has(error.code)) return error.message;
  const { allowed, ...params } = error.params ?? {};
  return t(`imports.errors.${error.code}`, {
    ...params,
    ...(allowed ? { allowed: allowed.join(t('imports.errors.separator')) } : {}),
  });
}
