import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave } from '@/components/FormModal';
import type { Resident } from '@/features/projects/api/list-residents';
import { getResident, useSaveResident } from '@/features/projects/api/save-resident';
import type { Schemas } from '@/lib/api/client';

type Values = { name: string; phone: string; relation: Schemas['ResidentRelation']; movedInOn?: Dayjs | null };
const FIELDS = ['name', 'phone', 'relation', 'movedInOn'] as const;
const RELATIONS: readonly Schemas['ResidentRelation'][] = ['OWNER', 'TENANT', 'FAMILY'];

/** Register a resident (POST) or correct one (PATCH with If-Match; the phone is loaded in full for the edit). */
export function ResidentFormModal({
  projectId,
  unitId,
  resident,
  open,
  onClose,
}: {
  projectId: string;
  unitId: string;
  /** Correct this resident; register a new one when undefined. */
  resident?: Resident | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useSaveResident(projectId, unitId);
  const { idempotencyKey, unmatched, save } = useFormSave(form, FIELDS, open, resident?.id);
  const [etag, setEtag] = useState<string>();
  const [loading, setLoading] = useState(false);
  const editing = resident !== undefined;

  useEffect(() => {
    if (!open) return;
    mutation.reset();
    form.resetFields();
    if (!resident) return;
    setLoading(true);
    void getResident({ projectId, unitId }, resident.id)
      .then(({ item, etag: fresh }) => {
        setEtag(fresh);
        form.setFieldsValue({ name: item.name, phone: item.phone, relation: item.relation, movedInOn: item.movedInOn ? dayjs(item.movedInOn) : null });
      })
      .finally(() => setLoading(false));
    // Load when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, resident?.id]);

  const submit = async (values: Values) => {
    const body = {
      name: values.name.trim(),
      phone: values.phone.trim(),
      relation: values.relation,
      ...(values.movedInOn ? { movedInOn: values.movedInOn.format('YYYY-MM-DD') } : {}),
    };
    if (resident && !etag) return;
    const saved = await save(() =>
      resident
        ? mutation.mutateAsync({ kind: 'update', residentId: resident.id, ifMatch: etag ?? '', body })
        : mutation.mutateAsync({ kind: 'create', idempotencyKey, body }),
    );
    if (saved) onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('residentAdmin.editTitle') : t('residentAdmin.newTitle')}
      form={form}
      name={editing ? 'resident-edit' : 'resident-new'}
      initialValues={{ relation: 'OWNER' }}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      saving={mutation.isPending}
      loading={loading}
      error={mutation.error}
      unmatched={unmatched}
      onEdit={() => mutation.reset()}
    >
      <Form.Item name="name" label={t('residentAdmin.name')} rules={[{ required: true, whitespace: true, message: t('forms.required') }, { max: 50, message: t('forms.maxLength', { count: 50 }) }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('residentAdmin.phone')}
        rules={[
          { required: true, message: t('forms.required') },
          { pattern: /^[0-9+ -]{5,20}$/, message: t('residentAdmin.phonePattern') },
        ]}
      >
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="relation" label={t('residentAdmin.relation')} rules={[{ required: true, message: t('forms.required') }]}>
        <Select options={RELATIONS.map((relation) => ({ value: relation, label: t(`relation.${relation}`) }))} />
      </Form.Item>
      <Form.Item name="movedInOn" label={t('residentAdmin.movedInOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
