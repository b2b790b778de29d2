import { Form, Modal, Skeleton, type FormInstance } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, isConcurrencyError } from '@/components/FormProblem';
import { newIdempotencyKey } from '@/lib/api/client';
import { applyFieldErrors } from '@/lib/form-errors';
import type { FieldError } from '@/lib/problem';

/**
 * What a create-or-edit dialog keeps between its opening and its save: a fresh Idempotency-Key each time it opens,
 * and `save`, which runs the request and puts a 400's field errors on the form (returning those that match no field).
 */
export function useFormSave<V>(form: FormInstance<V>, fields: readonly string[], open: boolean, record?: unknown) {
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  useEffect(() => {
    if (!open) return;
    setIdempotencyKey(newIdempotencyKey());
    setUnmatched([]);
  }, [open, record]);
  const save = useCallback(
    async (request: () => Promise<unknown>): Promise<boolean> => {
      setUnmatched([]);
      try {
        await request();
        return true;
      } catch (error) {
        setUnmatched(applyFieldErrors(form, error, fields));
        return false;
      }
    },
    [form, fields],
  );
  return { idempotencyKey, unmatched, save };
}

/** A dialog's save requests (create, update) as FormModal takes them: saving while one runs, the error of the one that failed, `onEdit` forgets both. */
export function saveRequests(...requests: readonly { isPending: boolean; error: unknown; reset: () => void }[]) {
  return {
    saving: requests.some((request) => request.isPending),
    error: requests.find((request) => request.error)?.error ?? null,
    onEdit: () => requests.forEach((request) => request.reset()),
  };
}

/**
 * The app's form dialog (new or edit a building, unit, project, resident, user …): a vertical form with optional
 * fields marked, the save's problem above the fields ("someone else changed this" with a reload, or the field errors
 * that match no field), a skeleton while the record loads. A problem other than a concurrent change goes away as soon
 * as the user edits (`onEdit` resets the mutation).
 */
export function FormModal<V>({
  open,
  title,
  form,
  name,
  onFinish,
  onClose,
  saving,
  loading = false,
  okDisabled = false,
  okText,
  error,
  unmatched,
  onEdit,
  onReload,
  initialValues,
  children,
}: {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  name: string;
  onFinish: (values: V) => void;
  onClose: () => void;
  saving: boolean;
  loading?: boolean;
  okDisabled?: boolean;
  okText?: string;
  error: unknown;
  unmatched?: readonly FieldError[];
  onEdit: () => void;
  onReload?: () => void;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: loading || okDisabled }}
      destroyOnHidden
      forceRender
    >
      {loading ? (
        <Skeleton active />
      ) : (
        <Form<V>
          form={form}
          name={name}
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          onValuesChange={() => {
            // A conflict or validation message is stale once the user edits; "someone else changed this" stays until they reload.
            if (error && !isConcurrencyError(error)) onEdit();
          }}
          requiredMark="optional"
        >
          <FormProblem error={error} unmatched={unmatched} onReload={onReload} only={[400, 409]} />
          {children}
        </Form>
      )}
    </Modal>
  );
}
