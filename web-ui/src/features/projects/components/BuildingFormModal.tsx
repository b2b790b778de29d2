import { Form, Input, InputNumber, Modal, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateBuilding, type BuildingCreate } from '@/features/projects/api/create-building';
import { useBuilding } from '@/features/projects/api/get-building';
import { useUpdateBuilding } from '@/features/projects/api/update-building';
import { FormProblem, isConcurrencyError } from '@/components/FormProblem';
import { newIdempotencyKey } from '@/lib/api/client';
import { applyFieldErrors } from '@/lib/form-errors';
import type { FieldError } from '@/lib/problem';

type Values = { code: string; name: string; floors?: number | null };
const FIELDS = ['code', 'name', 'floors'] as const;

/** New building (POST) or edit one (PATCH with If-Match); ADMIN only. */
export function BuildingFormModal({
  projectId,
  buildingId,
  open,
  onClose,
}: {
  projectId: string;
  /** Edit this building; create a new one when undefined. */
  buildingId?: string | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const editing = buildingId !== undefined;
  const current = useBuilding(projectId, open ? buildingId : undefined);
  const create = useCreateBuilding(projectId);
  const update = useUpdateBuilding(projectId);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const mutation = editing ? update : create;

  useEffect(() => {
    if (!open) return;
    setIdempotencyKey(newIdempotencyKey());
    setUnmatched([]);
    create.reset();
    update.reset();
    form.resetFields();
    // Resetting when the dialog opens only; the mutations' identities change on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, buildingId]);

  useEffect(() => {
    if (open && editing && current.data) {
      const { item } = current.data;
      form.setFieldsValue({ code: item.code, name: item.name, floors: item.floors ?? null });
    }
  }, [open, editing, current.data, form]);

  const submit = async (values: Values) => {
    setUnmatched([]);
    try {
      if (editing) {
        const etag = current.data?.etag ?? (current.data ? `"${String(current.data.item.version)}"` : undefined);
        if (!etag) return;
        await update.mutateAsync({
          buildingId,
          ifMatch: etag,
          body: { name: values.name.trim(), ...(values.floors != null ? { floors: values.floors } : {}) },
        });
      } else {
        const body: BuildingCreate = {
          code: values.code.trim(),
          name: values.name.trim(),
          ...(values.floors != null ? { floors: values.floors } : {}),
        };
        await create.mutateAsync({ body, idempotencyKey });
      }
      onClose();
    } catch (error) {
      setUnmatched(applyFieldErrors(form, error, FIELDS));
    }
  };

  const reload = async () => {
    update.reset();
    const fresh = await current.refetch();
    if (fresh.data) {
      form.setFieldsValue({ code: fresh.data.item.code, name: fresh.data.item.name, floors: fresh.data.item.floors ?? null });
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('buildings.editTitle') : t('buildings.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ disabled: editing && !current.data }}
      destroyOnHidden
      forceRender
    >
      {editing && current.isPending ? (
        <Skeleton active />
      ) : (
        <Form<Values>
          form={form}
          name={editing ? `building-edit` : `building-new`}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          onValuesChange={() => {
            // A conflict or validation message is stale once the user edits; "someone else changed
            // this" stays until they reload.
            if (mutation.error && !isConcurrencyError(mutation.error)) mutation.reset();
          }}
          requiredMark="optional"
        >
          <FormProblem error={mutation.error} unmatched={unmatched} onReload={() => void reload()} only={[400, 409]} />
          <Form.Item
            name="code"
            label={t('buildings.code')}
            extra={editing ? t('buildings.codeFixed') : t('buildings.codeHint')}
            rules={[
              { required: true, whitespace: true, message: t('forms.required') },
              { pattern: /^[A-Za-z0-9-]+$/, message: t('buildings.codePattern') },
              { max: 20, message: t('forms.maxLength', { count: 20 }) },
            ]}
          >
            <Input disabled={editing} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('buildings.name')}
            rules={[
              { required: true, whitespace: true, message: t('forms.required') },
              { max: 100, message: t('forms.maxLength', { count: 100 }) },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="floors" label={t('buildings.floors')}>
            <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
