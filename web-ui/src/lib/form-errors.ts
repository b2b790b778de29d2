import type { FormInstance } from 'antd';
import { isApiError, mapFieldErrors, type FieldError } from '@/lib/problem';

/**
 * Puts a 400's `errors[]` onto the form's fields. Returns the errors that match no field, so the
 * form can show them (with the problem's title) above its fields.
 */
export function applyFieldErrors<T>(form: FormInstance<T>, error: unknown, fieldNames: readonly string[]): FieldError[] {
  if (!isApiError(error)) return [];
  const { fields, unmatched } = mapFieldErrors(error.fieldErrors, fieldNames);
  if (fields.length > 0) {
    form.setFields(fields.map((field) => ({ name: field.name as never, errors: field.errors })));
  }
  return unmatched;
}
