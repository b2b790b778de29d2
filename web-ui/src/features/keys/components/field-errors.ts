import type { FormInstance } from 'antd';
import { isApiError, mapFieldErrors, type FieldError } from '@/lib/problem';

/**
 * Puts a 400's `errors[]` onto the form's fields, after renaming the API's paths to the form's
 * names (e.g. `borrower.phone` → `borrowerPhone`). Returns the errors that match no field.
 */
export function applyKeyFieldErrors<T>(form: FormInstance<T>, error: unknown, fieldNames: readonly string[], rename: Record<string, string> = {}): FieldError[] {
  if (!isApiError(error) || error.status !== 400) return [];
  const renamed = error.fieldErrors.map((item) => {
    const path = item.field.replace(/^body\./, '');
    return { ...item, field: rename[path] ?? path };
  });
  const { fields, unmatched } = mapFieldErrors(renamed, fieldNames);
  if (fields.length > 0) form.setFields(fields.map((field) => ({ name: field.name as never, errors: field.errors })));
  return unmatched;
}
