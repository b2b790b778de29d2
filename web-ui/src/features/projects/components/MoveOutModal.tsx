import { Alert, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '@/components/FormProblem';
import type { Resident } from '@/features/projects/api/list-residents';
import { useSaveResident } from '@/features/projects/api/save-resident';
import { applyFieldErrors } from '@/lib/form-errors';

/** Confirms a move-out with its date; the resident stays in the unit's history (nothing is deleted). */
export function MoveOutModal({
  projectId,
  unitId,
  resident,
  onClose,
}: {
  projectId: string;
  unitId: string;
  resident: Resident | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ movedOutOn: Dayjs }>();
  const save = useSaveResident(projectId, unitId);

  useEffect(() => {
    if (!resident) return;
    save.reset();
    form.setFieldsValue({ movedOutOn: dayjs() });
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resident?.id]);

  const submit = async ({ movedOutOn }: { movedOutOn: Dayjs }) => {
    if (!resident) return;
    try {
      await save.mutateAsync({ kind: 'move-out', residentId: resident.id, movedOutOn: movedOutOn.format('YYYY-MM-DD') });
      onClose();
    } catch (error) {
      applyFieldErrors(form, error, ['movedOutOn']);
    }
  };

  return (
    <Modal
      open={resident !== undefined}
      title={t('residentAdmin.moveOutTitle', { name: resident?.name ?? '' })}
      okText={t('residentAdmin.moveOutConfirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('residentAdmin.moveOutKeeps')} />
      <Form form={form} name="move-out" layout="vertical" onFinish={(values) => void submit(values)}>
        <FormProblem error={save.error} only={[400, 409]} />
        <Form.Item name="movedOutOn" label={t('residentAdmin.movedOutOn')} rules={[{ required: true, message: t('forms.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        {resident?.movedInOn && (
          <Typography.Text type="secondary">{t('residentAdmin.movedInSince', { date: resident.movedInOn })}</Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
