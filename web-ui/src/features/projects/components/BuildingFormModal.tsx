import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateBuilding, type BuildingCreate } from '@/features/projects/api/create-building';
import { useBuilding } from '@/features/projects/api/get-building';
import type { Building } from '@/features/projects/api/list-buildings';
import { useUpdateBuilding } from '@/features/projects/api/update-building';
import { CodeField } from '@/components/CodeField';
import { FormModal } from '@/components/FormModal';
import { useRecordForm } from '@/components/useRecordForm';

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
  const current = useBuilding(projectId, open ? buildingId : undefined);
  const create = useCreateBuilding(projectId);
  const update = useUpdateBuilding(projectId);
  const { editing, etag, idempotencyKey, save, modal } = useRecordForm({ form, fields: FIELDS, open, recordId: buildingId, current, create, update,
    values: (item: Building) => ({ code: item.code, name: item.name, floors: item.floors ?? null }),
  });

  const submit = async (values: Values) => {
    if (editing && !etag) return;
    const saved = await save(async () => {
      if (buildingId !== undefined) {
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

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('buildings.editTitle') : t('buildings.newTitle')}
      form={form}
      name={editing ? 'building-edit' : 'building-new'}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      {...modal}
    >
      <CodeField
        name="code"
        label={t('buildings.code')}
        extra={editing ? t('buildings.codeFixed') : t('buildings.codeHint')}
        patternMessage={t('buildings.codePattern')}
        fixed={editing}
      />
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
