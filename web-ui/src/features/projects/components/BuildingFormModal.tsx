import { Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateBuilding, type BuildingCreate } from '@/features/projects/api/create-building';
import { useBuilding } from '@/features/projects/api/get-building';
import { useUpdateBuilding } from '@/features/projects/api/update-building';
import { FormModal, useFormSave } from '@/components/FormModal';

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
  const { idempotencyKey, unmatched, save } = useFormSave(form, FIELDS, open, buildingId);
  const mutation = editing ? update : create;

  useEffect(() => {
    if (!open) return;
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
    const etag = current.data?.etag ?? (current.data ? `"${String(current.data.item.version)}"` : undefined);
    if (editing && !etag) return;
    const saved = await save(async () => {
      if (editing) {
        await update.mutateAsync({
          buildingId,
          ifMatch: etag ?? '',
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
    });
    if (saved) onClose();
  };

  const reload = async () => {
    update.reset();
    const fresh = await current.refetch();
    if (fresh.data) {
      form.setFieldsValue({ code: fresh.data.item.code, name: fresh.data.item.name, floors: fresh.data.item.floors ?? null });
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('buildings.editTitle') : t('buildings.newTitle')}
      form={form}
      name={editing ? 'building-edit' : 'building-new'}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      saving={mutation.isPending}
      loading={editing && current.isPending}
      okDisabled={editing && !current.data}
      error={mutation.error}
      unmatched={unmatched}
      onEdit={() => mutation.reset()}
      onReload={() => void reload()}
    >
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
    </FormModal>
  );
}
