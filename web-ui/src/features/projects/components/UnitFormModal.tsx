import { Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateUnit, type UnitCreate } from '@/features/projects/api/create-unit';
import { useUnit } from '@/features/projects/api/get-unit';
import { useBuildingChoices } from '@/features/projects/api/list-buildings';
import type { Unit, UnitStatus } from '@/features/projects/api/list-units';
import { useUpdateUnit } from '@/features/projects/api/update-unit';
import { FormModal, useFormSave } from '@/components/FormModal';
import { UNIT_STATUSES } from '@/features/projects/components/labels';

type Values = {
  buildingId?: string;
  number?: string;
  floor?: number | null;
  areaM2?: number | null;
  status?: UnitStatus;
};
const FIELDS = ['buildingId', 'number', 'floor', 'areaM2', 'status'] as const;

/** New unit (POST) or edit one (PATCH with If-Match); ADMIN only. */
export function UnitFormModal({
  projectId,
  unitId,
  defaultBuildingId,
  open,
  onClose,
  onCreated,
}: {
  projectId: string;
  unitId?: string | undefined;
  defaultBuildingId?: string | undefined;
  open: boolean;
  onClose: () => void;
  onCreated?: (unit: Unit) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const editing = unitId !== undefined;
  const current = useUnit(projectId, open ? unitId : undefined);
  const buildings = useBuildingChoices(projectId);
  const create = useCreateUnit(projectId);
  const update = useUpdateUnit(projectId);
  const { idempotencyKey, unmatched, save } = useFormSave(form, FIELDS, open, unitId);
  const mutation = editing ? update : create;

  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (!editing) form.setFieldsValue({ buildingId: defaultBuildingId, status: 'OCCUPIED' });
    // Resetting when the dialog opens only; the mutations' identities change on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, unitId]);

  const fill = (unit: Unit) =>
    form.setFieldsValue({
      buildingId: unit.buildingId,
      number: unit.number,
      floor: unit.floor ?? null,
      areaM2: unit.areaM2 ?? null,
      status: unit.status,
    });

  useEffect(() => {
    if (open && editing && current.data) fill(current.data.item);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, editing, current.data]);

  const submit = async (values: Values) => {
    const optional = {
      ...(values.floor != null ? { floor: values.floor } : {}),
      ...(values.areaM2 != null ? { areaM2: values.areaM2 } : {}),
      ...(values.status ? { status: values.status } : {}),
    };
    const etag = current.data?.etag ?? (current.data ? `"${String(current.data.item.version)}"` : undefined);
    if (editing && !etag) return;
    const saved = await save(async () => {
      if (editing) {
        await update.mutateAsync({ unitId, ifMatch: etag ?? '', body: optional });
      } else {
        const body: UnitCreate = { buildingId: values.buildingId ?? '', number: (values.number ?? '').trim(), ...optional };
        const unit = await create.mutateAsync({ body, idempotencyKey });
        onCreated?.(unit);
      }
    });
    if (saved) onClose();
  };

  const reload = async () => {
    update.reset();
    const fresh = await current.refetch();
    if (fresh.data) fill(fresh.data.item);
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('units.editTitle', { label: current.data?.item.label ?? '' }) : t('units.newTitle')}
      form={form}
      name={editing ? 'unit-edit' : 'unit-new'}
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
      <Form.Item name="buildingId" label={t('units.building')} rules={[{ required: true, message: t('forms.required') }]}>
        <Select
          disabled={editing}
          loading={buildings.isPending}
          showSearch
          optionFilterProp="label"
          options={(buildings.data ?? []).map((building) => ({ value: building.id, label: `${building.code} · ${building.name}` }))}
        />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('units.number')}
        extra={editing ? undefined : t('units.numberHint')}
        rules={[
          { required: true, whitespace: true, message: t('forms.required') },
          { pattern: /^[A-Za-z0-9-]+$/, message: t('units.numberPattern') },
          { max: 20, message: t('forms.maxLength', { count: 20 }) },
        ]}
      >
        <Input disabled={editing} autoComplete="off" />
      </Form.Item>
      <Form.Item name="floor" label={t('units.floor')}>
        <InputNumber min={-10} max={200} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="areaM2" label={t('units.area')}>
        <InputNumber min={0} max={100000} step={0.01} addonAfter="m²" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="status" label={t('units.status')}>
        <Select options={UNIT_STATUSES.map((status) => ({ value: status, label: t(`unitStatus.${status}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
