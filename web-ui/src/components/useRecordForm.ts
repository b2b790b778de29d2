import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { useFormSave } from '@/components/FormModal';

type Versioned<T> = { item: T; etag: string | undefined };

type Mutation = { reset: () => void; isPending: boolean; error: unknown };

/** The record's query as a dialog needs it (a TanStack `useQuery` result of `{ item, etag }`). */
type RecordQuery<T> = {
  data: Versioned<T> | undefined;
  isPending: boolean;
  refetch: () => Promise<{ data?: Versioned<T> | undefined }>;
};

/**
 * What a create-or-edit dialog of one record (a building, a unit …) does with it: when the dialog opens, the
 * mutations and the form are reset (a new record gets `blank`); once the record has loaded its values fill the form;
 * `etag` is the If-Match for the update (the version when the server sent no ETag); `reload` fetches the record
 * again after someone else changed it; `save` and the Idempotency-Key come from useFormSave. `modal` are the
 * FormModal props that follow from it all (saving, the problem of the create or the update, as the dialog is for a
 * new record or not).
 */
export function useRecordForm<V, T extends { version: number }, C extends Mutation, U extends Mutation>({
  form,
  fields,
  open,
  recordId,
  current,
  create,
  update,
  values,
  blank,
}: {
  form: FormInstance<V>;
  fields: readonly string[];
  open: boolean;
  /** Edit this record; create a new one when undefined. */
  recordId: string | undefined;
  current: RecordQuery<T>;
  create: C;
  update: U;
  /** The form's values for the record. */
  values: (item: T) => Parameters<FormInstance<V>['setFieldsValue']>[0];
  /** The form's values for a new record. */
  blank?: () => Parameters<FormInstance<V>['setFieldsValue']>[0];
}) {
  const editing = recordId !== undefined;
  const { idempotencyKey, unmatched, save } = useFormSave(form, fields, open, recordId);
  const mutation: C | U = editing ? update : create;

  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (!editing && blank) form.setFieldsValue(blank());
    // Resetting when the dialog opens only; the mutations' identities change on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, recordId]);

  useEffect(() => {
    if (open && editing && current.data) form.setFieldsValue(values(current.data.item));
    // Filling when the record (re)loads only; `values` is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, editing, current.data, form]);

  const etag = current.data?.etag ?? (current.data ? `"${String(current.data.item.version)}"` : undefined);

  const reload = async () => {
    update.reset();
    const fresh = await current.refetch();
    if (fresh.data) form.setFieldsValue(values(fresh.data.item));
  };

  return {
    editing,
    etag,
    idempotencyKey,
    save,
    modal: {
      loading: editing && current.isPending,
      okDisabled: editing && !current.data,
      onReload: () => void reload(),
      saving: mutation.isPending,
      error: mutation.error,
      unmatched,
      onEdit: () => mutation.reset(),
    },
  };
}
