import { Form, Input, Modal, Radio, Rate, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordReturnVisit } from '@/features/work-orders/api/record-return-visit';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';
import { applyRenamedFieldErrors } from '@/features/work-orders/components/field-errors';
import { FormProblem } from '@/components/FormProblem';
import { isApiError, type FieldError } from '@/lib/problem';

type Values = { reached?: boolean; satisfaction?: number; comment?: string };

/** 回访: reached yes/no, 1–5 stars when reached (1–2 reopens the order), a comment. */
export function ReturnVisitDialog({ order, open, onClose }: { order: WorkOrder; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const visit = useRecordReturnVisit(order.id);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const reached = Form.useWatch('reached', form) ?? true;
  const satisfaction = Form.useWatch('satisfaction', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setUnmatched([]);
    visit.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async (values: Values) => {
    const comment = values.comment?.trim();
    try {
      await visit.mutateAsync({
        reached: values.reached ?? true,
        ...(values.reached !== false && values.satisfaction ? { satisfaction: values.satisfaction } : {}),
        ...(comment ? { comment } : {}),
      });
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 400) setUnmatched(applyRenamedFieldErrors(form, error, ['reached', 'satisfaction', 'comment']));
      else onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('workOrders.actions.RETURN_VISIT')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={visit.isPending}
      destroyOnHidden
      forceRender
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ reached: true }} onFinish={(values) => void submit(values)} name="return-visit">
        <FormProblem error={visit.error} unmatched={unmatched} />
        <Form.Item name="reached" label={t('workOrders.visit.reached')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('workOrders.visit.reachedYes') },
              { value: false, label: t('workOrders.visit.reachedNo') },
            ]}
          />
        </Form.Item>
        {reached ? (
          <Form.Item name="satisfaction" label={t('workOrders.fields.satisfaction')} rules={[{ required: true, message: t('workOrders.visit.starsRequired') }]}>
            <Rate aria-label={t('workOrders.fields.satisfaction')} />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">{t('workOrders.visit.notReachedHint')}</Typography.Paragraph>
        )}
        {reached && satisfaction !== undefined && satisfaction <= 2 && (
          <Typography.Paragraph type="warning" data-testid="reopen-hint">
            {t('workOrders.visit.reopenHint')}
          </Typography.Paragraph>
        )}
        <Form.Item name="comment" label={t('workOrders.visit.comment')} rules={[{ max: 1000, message: t('forms.maxLength', { count: 1000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
