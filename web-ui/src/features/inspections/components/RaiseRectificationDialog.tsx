import { Descriptions, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave } from '@/components/FormModal';
import { useRaiseRectification } from '@/features/inspections/api/rectifications';
import { deadlineAt, defaultDeadlineDay } from '@/features/inspections/components/deadline';
import { DeadlinePicker } from '@/features/inspections/components/DeadlinePicker';
import { points } from '@/features/inspections/components/labels';
import { useProjectStaff, type Role } from '@/lib/project-staff';

/** Who can own a rectification (the API checks it again: 400 `assigneeId`). */
export const OWNER_ROLES: readonly Role[] = ['TECHNICIAN', 'AGENT', 'MANAGER', 'KEY_CUSTODIAN'];
const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
const FIELDS = ['assigneeId', 'dueAt', 'note', 'priority'];

export type Finding = { resultId: string; code: string; text: string; deduction?: number | undefined; note?: string | undefined };

/** The finding a dialog acts on: its check point and the points taken off. */
export function FindingFacts({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('inspections.fields.finding')}>
        <span>
          <Typography.Text type="secondary">{finding.code} </Typography.Text>
          {finding.text}
        </span>
      </Descriptions.Item>
      {finding.deduction !== undefined && <Descriptions.Item label={t('inspections.fields.deduction')}>{points(finding.deduction)}</Descriptions.Item>}
    </Descriptions>
  );
}
type Values = { assigneeId: string; dueDate: string; note?: string; priority?: (typeof PRIORITIES)[number] };

/**
 * 发起整改 from one finding: the owner (责任人, among the project's staff who can do the work), the deadline (a day of
 * the project's calendar, 18:00; three days by default) and what to do — the inspector's note to start from. It
 * becomes a RECTIFICATION work order for the owner.
 */
export function RaiseRectificationDialog({
  inspectionId,
  projectId,
  timeZone,
  finding,
  onClose,
}: {
  inspectionId: string;
  projectId: string;
  timeZone: string;
  finding: Finding | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const open = finding !== undefined;
  const staff = useProjectStaff(projectId, open);
  const raise = useRaiseRectification(inspectionId);
  const { idempotencyKey, unmatched, save } = useFormSave(form, FIELDS, open, finding?.resultId);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (open) setNow(Date.now());
  }, [open]);

  const owners = (staff.data ?? []).filter((user) => user.roles.some((role) => OWNER_ROLES.includes(role)));
  const finish = async (values: Values) => {
    if (!finding) return;
    const note = values.note?.trim();
    const ok = await save(() =>
      raise.mutateAsync({
        resultId: finding.resultId,
        idempotencyKey,
        body: { assigneeId: values.assigneeId, dueAt: deadlineAt(values.dueDate, timeZone), ...(note ? { note } : {}), ...(values.priority ? { priority: values.priority } : {}) },
      }),
    );
    if (ok) onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('inspections.raise.title')}
      form={form}
      name="raise-rectification"
      onFinish={(values) => void finish(values)}
      onClose={onClose}
      saving={raise.isPending}
      okText={t('inspections.raise.save')}
      error={raise.error}
      unmatched={unmatched}
      onEdit={() => raise.reset()}
      initialValues={{ dueDate: defaultDeadlineDay(timeZone, now, 3), note: finding?.note ?? '', priority: 'NORMAL' }}
    >
      {finding && <FindingFacts finding={finding} />}
      <Form.Item name="assigneeId" label={t('inspections.fields.owner')} rules={[{ required: true, message: t('forms.required') }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={staff.isPending}
          placeholder={t('inspections.raise.pickOwner')}
          options={owners.map((user) => ({ value: user.id, label: `${user.displayName} · ${user.roles.map((role) => t(`roles.${role}`)).join('、')}` }))}
          data-testid="owner-picker"
        />
      </Form.Item>
      <Form.Item name="dueDate" label={t('inspections.fields.deadline')} rules={[{ required: true, message: t('forms.required') }]}>
        <DeadlinePicker timeZone={timeZone} now={now} />
      </Form.Item>
      <Form.Item name="priority" label={t('inspections.fields.priority')}>
        <Select options={PRIORITIES.map((priority) => ({ value: priority, label: t(`workOrders.priority.${priority}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('inspections.raise.note')} rules={[{ max: 2000, message: t('forms.maxLength', { count: 2000 }) }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('inspections.raise.notePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
