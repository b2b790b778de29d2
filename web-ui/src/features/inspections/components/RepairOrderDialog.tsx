import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave } from '@/components/FormModal';
import { useRaiseRepairOrder } from '@/features/inspections/api/vacant-units';
import { FindingFacts, type Finding } from '@/features/inspections/components/RaiseRectificationDialog';

const CATEGORIES = ['PLUMBING', 'ELECTRICAL', 'CIVIL', 'DOOR_LOCK', 'CLEANING', 'OTHER'] as const;
const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
const FIELDS = ['category', 'priority', 'note'];

type Values = { category: (typeof CATEGORIES)[number]; priority: (typeof PRIORITIES)[number]; note?: string };

/** 报修 from a patrol finding (a leak, damage in a vacant unit): a REPAIR work order for the unit, linked to the finding. */
export function RepairOrderDialog({ inspectionId, finding, onClose }: { inspectionId: string; finding: Finding | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const open = finding !== undefined;
  const raise = useRaiseRepairOrder();
  const { unmatched, save } = useFormSave(form, FIELDS, open, finding?.resultId);
  const finish = async (values: Values) => {
    if (!finding) return;
    const note = values.note?.trim();
    const ok = await save(() =>
      raise.mutateAsync({ inspectionId, resultId: finding.resultId, body: { category: values.category, priority: values.priority, ...(note ? { note } : {}) } }),
    );
    if (ok) onClose();
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('inspections.repair.title')}
      form={form}
      name="repair-order"
      onFinish={(values) => void finish(values)}
      onClose={onClose}
      saving={raise.isPending}
      okText={t('inspections.repair.save')}
      error={raise.error}
      unmatched={unmatched}
      onEdit={() => raise.reset()}
      initialValues={{ category: 'PLUMBING', priority: 'HIGH', note: finding?.note ?? '' }}
    >
      {finding && <FindingFacts finding={finding} />}
      <Form.Item name="category" label={t('inspections.repair.category')} rules={[{ required: true, message: t('forms.required') }]}>
        <Select options={CATEGORIES.map((category) => ({ value: category, label: t(`workOrders.category.${category}`) }))} data-testid="repair-category" />
      </Form.Item>
      <Form.Item name="priority" label={t('inspections.repair.priority')}>
        <Select options={PRIORITIES.map((priority) => ({ value: priority, label: t(`workOrders.priority.${priority}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('inspections.repair.note')} rules={[{ max: 2000, message: t('forms.maxLength', { count: 2000 }) }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
