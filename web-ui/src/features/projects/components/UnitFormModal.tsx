import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateUnit, type UnitCreate } from '@/features/projects/api/create-unit';
import { useUnit } from '@/features/projects/api/get-unit';
import { useBuildingChoices } from '@/features/projects/api/list-buildings';
import type { Unit, UnitStatus } from '@/features/projects/api/list-units';
import { useUpdateUnit } from '@/features/projects/api/update-unit';
import { CodeField } from '@/components/CodeField';
import { FormModal } from '@/components/FormModal';
import { useRecordForm } from '@/components/useRecordForm';
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
  const current = useUnit(projectId, open ? unitId : undefined);
  const buildings = useBuildingChoices(projectId);
  const create = useCreateUnit(projectId);
  const update = useUpdateUnit(projectId);
  const { editing, etag, idempotencyKey, save, modal } = useRecordForm({ form, fields: FIELDS, open, recordId: unitId, current, create, update,
    values: (unit: Unit) => ({
      buildingId: unit.buildingId,
      number: unit.number,
      floor: unit.floor ?? null,
      areaM2: unit.areaM2 ?? null,
      status: unit.status,
    }),
    blank: () => ({ buildingId: defaultBuildingId, status: 'OCCUPIED' as const }),
  });

  const submit = async (values: Values) => {
    const optional = {
      ...(values.floor != null ? { floor: values.floor } : {}),
      ...(values.areaM2 != null ? { areaM2: values.areaM2 } : {}),
      ...(values.status ? { status: values.status } : {}),
    };
    if (editing && !etag) return;
    const saved = await save(async () => {
      if (unitId !== undefined) {
        await update.mutateAsync({ unitId, ifMatch: etag ?? '', body: optional });
      } else {
        const body: UnitCreate = { buildingId: values.buildingId ?? '', number: (values.number ?? '').trim(), ...optional };
        const unit = await create.mutateAsync({ body, idempotencyKey });
        onCreated?.(unit);
      }
    });
    if (saved) onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('units.editTitle', { label: current.data?.item.label ?? '' }) : t('units.newTitle')}
      form={form}
      name={editing ? 'unit-edit' : 'unit-new'}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      {...modal}
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
      <CodeField name="number" label={t('units.number')} extra={editing ? undefined : t('units.numberHint')} patternMessage={t('units.numberPattern')} fixed={editing} />
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
