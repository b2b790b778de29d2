import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddWorkOrderComment } from '@/features/work-orders/api/add-work-order-comment';
import { useAssignWorkOrder } from '@/features/work-orders/api/assign-work-order';
import { useCancelWorkOrder } from '@/features/work-orders/api/cancel-work-order';
import { useCompleteWorkOrder } from '@/features/work-orders/api/complete-work-order';
import { useHoldWorkOrder } from '@/features/work-orders/api/hold-work-order';
import { useTechnicians } from '@/features/work-orders/api/list-technicians';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { useReopenWorkOrder } from '@/features/work-orders/api/reopen-work-order';
import { actionLabel } from '@/features/work-orders/components/labels';
import { applyRenamedFieldErrors } from '@/features/work-orders/components/field-errors';
import { FormProblem } from '@/components/FormProblem';
import { isApiError, type FieldError } from '@/lib/problem';

/** The actions that ask for something first. */
export type DialogAction = 'ASSIGN' | 'HOLD' | 'COMPLETE' | 'REOPEN' | 'CANCEL' | 'COMMENT';

type Values = { assigneeId?: string; note?: string; reason?: string; resolution?: string; feeYuan?: number | null; text?: string };

/** Yuan (as typed, up to 2 decimals) to fen. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function ActionDialog({ order, action, onClose }: { order: WorkOrder; action: DialogAction | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const assign = useAssignWorkOrder(order.id);
  const hold = useHoldWorkOrder(order.id);
  const complete = useCompleteWorkOrder(order.id);
  const reopen = useReopenWorkOrder(order.id);
  const cancel = useCancelWorkOrder(order.id);
  const comment = useAddWorkOrderComment(order.id);
  const technicians = useTechnicians(order.projectId, action === 'ASSIGN');
  const mutation = { ASSIGN: assign, HOLD: hold, COMPLETE: complete, REOPEN: reopen, CANCEL: cancel, COMMENT: comment }[action ?? 'COMMENT'];

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    if (action === 'ASSIGN' && order.assigneeId) form.setFieldValue('assigneeId', order.assigneeId);
    setUnmatched([]);
    mutation.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action]);

  const submit = async (values: Values) => {
    const note = values.note?.trim();
    const reason = (values.reason ?? '').trim();
    try {
      if (action === 'ASSIGN') await assign.mutateAsync({ assigneeId: values.assigneeId ?? '', ...(note ? { note } : {}) });
      else if (action === 'HOLD') await hold.mutateAsync({ reason });
      else if (action === 'REOPEN') await reopen.mutateAsync({ reason });
      else if (action === 'CANCEL') await cancel.mutateAsync({ reason });
      else if (action === 'COMMENT') await comment.mutateAsync({ text: (values.text ?? '').trim() });
      else if (action === 'COMPLETE')
        await complete.mutateAsync({
          resolution: (values.resolution ?? '').trim(),
          ...(values.feeYuan != null ? { feeFen: yuanToFen(values.feeYuan) } : {}),
        });
      onClose();
    } catch (error) {
      // 400: onto the fields; 409 and the rest: the error policy says what happened and the order reloads.
      if (isApiError(error) && error.status === 400) {
        setUnmatched(applyRenamedFieldErrors(form, error, ['assigneeId', 'note', 'reason', 'resolution', 'feeYuan', 'text'], { feeFen: 'feeYuan' }));
      } else onClose();
    }
  };

  const required = { required: true, whitespace: true, message: t('forms.required') };
  return (
    <Modal
      open={action !== undefined}
      title={action ? t(`workOrders.actions.${actionLabel(order, action)}`) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)} name={`action-${action ?? 'none'}`}>
        <FormProblem error={mutation.error} unmatched={unmatched} />
        {action === 'ASSIGN' && (
          <>
            <Form.Item name="assigneeId" label={t('workOrders.fields.assignee')} rules={[{ required: true, message: t('forms.required') }]}>
              <Select
                showSearch
                optionFilterProp="label"
                loading={technicians.isPending}
                placeholder={t('workOrders.dialog.pickTechnician')}
                options={(technicians.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
                data-testid="assignee-picker"
              />
            </Form.Item>
            <Form.Item name="note" label={t('workOrders.dialog.note')} rules={[{ max: 500, message: t('forms.maxLength', { count: 500 }) }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </>
        )}
        {(action === 'HOLD' || action === 'REOPEN' || action === 'CANCEL') && (
          <Form.Item name="reason" label={t('workOrders.dialog.reason')} rules={[required, { max: 500, message: t('forms.maxLength', { count: 500 }) }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} autoFocus />
          </Form.Item>
        )}
        {action === 'COMPLETE' && (
          <>
            <Form.Item name="resolution" label={t('workOrders.fields.resolution')} rules={[required, { max: 2000, message: t('forms.maxLength', { count: 2000 }) }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} autoFocus />
            </Form.Item>
            <Form.Item name="feeYuan" label={t('workOrders.dialog.fee')} extra={t('workOrders.dialog.feeHint')}>
              <InputNumber min={0} max={1_000_000} precision={2} step={1} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {action === 'COMMENT' && (
          <Form.Item name="text" label={t('workOrders.dialog.comment')} rules={[required, { max: 2000, message: t('forms.maxLength', { count: 2000 }) }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} autoFocus />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
