import { Alert, Descriptions, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '@/components/FormProblem';
import { useFormatDateTime } from '@/components/TimeZone';
import { useReinspect, type Rectification } from '@/features/inspections/api/rectifications';
import { DeadlinePicker } from '@/features/inspections/components/DeadlinePicker';
import { REINSPECTION_NOTE_MAX, toReinspection, validateReinspection, type ReinspectionErrors, type ReinspectionValues } from '@/features/inspections/components/deadline';
import { FindingPhotos } from '@/features/inspections/components/FindingPhotos';
import { points, useLocalized } from '@/features/inspections/components/labels';

const MESSAGES: Record<NonNullable<ReinspectionErrors[keyof ReinspectionErrors]>, string> = {
  required: 'forms.required',
  notFuture: 'inspections.reinspect.notFuture',
  tooLong: 'inspections.reinspect.tooLong',
};

/**
 * 复查: the finding, what was raised, evidence photos (AFTER), and the verdict — PASS closes it (销号); FAIL sends it
 * back to its owner with a new deadline and a note on what is still wrong (checked here first: validateReinspection).
 */
export function ReinspectionDialog({ rectification, timeZone, onClose }: { rectification: Rectification | undefined; timeZone: string; onClose: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatDateTime();
  const [form] = Form.useForm<ReinspectionValues>();
  const reinspect = useReinspect();
  const [now, setNow] = useState(Date.now);
  const result = Form.useWatch('result', form);
  const open = rectification !== undefined;

  useEffect(() => {
    if (!open) return;
    setNow(Date.now());
    reinspect.reset();
    // A fresh dialog for every rectification.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, rectification?.id]);

  const finish = async (values: ReinspectionValues) => {
    if (!rectification) return;
    const at = Date.now();
    const errors = validateReinspection(values, timeZone, at);
    const fields = Object.entries(errors).map(([name, code]) => ({ name: name as keyof ReinspectionValues, errors: [t(MESSAGES[code])] }));
    if (fields.length > 0) {
      form.setFields(fields);
      return;
    }
    try {
      await reinspect.mutateAsync({ rectificationId: rectification.id, body: toReinspection(values, timeZone) });
      onClose();
    } catch {
      // Shown above the form (FormProblem).
    }
  };

  return (
    <Modal
      open={open}
      title={t('inspections.reinspect.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspections.reinspect.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reinspect.isPending}
      destroyOnHidden
      forceRender
    >
      {rectification && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('inspections.fields.finding')}>
              <span>
                <Typography.Text type="secondary">{rectification.checkPointCode} </Typography.Text>
                {localized(rectification.findingText)}
              </span>
            </Descriptions.Item>
            {rectification.findingNote && <Descriptions.Item label={t('inspections.fields.note')}>{rectification.findingNote}</Descriptions.Item>}
            <Descriptions.Item label={t('inspections.fields.owner')}>{rectification.ownerName}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.deadline')}>{formatTime(rectification.dueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.rounds')}>{rectification.rounds}</Descriptions.Item>
            {rectification.deduction !== undefined && <Descriptions.Item label={t('inspections.fields.deduction')}>{points(rectification.deduction)}</Descriptions.Item>}
          </Descriptions>
          {rectification.status !== 'AWAITING_REINSPECTION' && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('inspections.reinspect.notDone', { status: t(`workOrders.status.${rectification.workOrderStatus}`) })} />
          )}
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
            {t('inspections.reinspect.evidence')}
          </Typography.Text>
          <div style={{ marginBottom: 12 }}>
            <FindingPhotos inspectionId={rectification.inspectionId} resultId={rectification.resultId} photoCount={1} canAdd stage="AFTER" cameraLabel={t('inspections.reinspect.photo')} />
          </div>
        </>
      )}
      <FormProblem error={reinspect.error} unmatched={[]} only={[400, 409]} />
      <Form<ReinspectionValues> form={form} layout="vertical" name="reinspection" onFinish={(values) => void finish(values)} requiredMark="optional">
        <Form.Item name="result" label={t('inspections.reinspect.result')} required>
          <Radio.Group optionType="button" buttonStyle="solid" size="large" data-testid="reinspect-result">
            <Radio.Button value="PASS" data-testid="reinspect-PASS">
              {t('inspections.reinspection.PASS')}
            </Radio.Button>
            <Radio.Button value="FAIL" data-testid="reinspect-FAIL">
              {t('inspections.reinspection.FAIL')}
            </Radio.Button>
          </Radio.Group>
        </Form.Item>
        {result === 'FAIL' && (
          <Form.Item name="newDueDate" label={t('inspections.reinspect.newDeadline')} required>
            <DeadlinePicker timeZone={timeZone} now={now} />
          </Form.Item>
        )}
        <Form.Item name="note" label={result === 'FAIL' ? t('inspections.reinspect.failNote') : t('inspections.reinspect.note')} required={result === 'FAIL'}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={REINSPECTION_NOTE_MAX} data-testid="reinspect-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
