import { Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateWorkOrderFromComment, type SurveyCommentWorkOrder } from '@/features/surveys/api/create-work-order-from-comment';
import type { SurveyComment } from '@/features/surveys/api/list-survey-comments';
import { FormProblem } from '@/components/FormProblem';
import { CATEGORY_OF_DIMENSION, WORK_ORDER_CATEGORIES, WORK_ORDER_PRIORITIES, WORK_ORDER_TYPES } from '@/features/surveys/components/labels';
import { applyFieldErrors } from '@/lib/form-errors';
import type { FieldError } from '@/lib/problem';

type Values = { type: SurveyCommentWorkOrder['type']; category: string; priority: SurveyCommentWorkOrder['priority']; title?: string };
const FIELDS = ['type', 'category', 'priority', 'title'] as const;
const TITLE_MAX = 200;

/** Turns an opinion into a work order of any type (channel SURVEY), reported by the unit's resident, linked both ways. */
export function WorkOrderFromCommentModal({ comment, onClose }: { comment: SurveyComment | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateWorkOrderFromComment();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);

  useEffect(() => {
    if (!comment) return;
    create.reset();
    setUnmatched([]);
    // Reset when another comment is chosen only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [comment?.id]);

  // The form's starting values as initialValues: the form mounts with the dialog (destroyOnHidden), so they are there
  // from its first render. Set from an effect they could arrive before the form was mounted, on a slow machine, and
  // were lost: 生成 then stopped at "required".
  const initialValues: Partial<Values> | undefined = comment && {
    // A written complaint is a complaint; a bare low rating asks for a rectification.
    type: comment.kind === 'TEXT' ? 'COMPLAINT' : 'RECTIFICATION',
    category: comment.dimension ? CATEGORY_OF_DIMENSION[comment.dimension] : 'OTHER',
    priority: comment.score !== undefined && comment.score <= 1 ? 'HIGH' : 'NORMAL',
  };

  const submit = async (values: Values) => {
    if (!comment) return;
    setUnmatched([]);
    const title = values.title?.trim();
    try {
      await create.mutateAsync({ commentId: comment.id, body: { type: values.type, category: values.category, priority: values.priority, ...(title ? { title } : {}) } });
      onClose();
    } catch (error) {
      setUnmatched(applyFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <Modal
      open={comment !== undefined}
      title={t('surveys.comments.createWorkOrder')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('surveys.comments.createSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {comment && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ background: '#fafafa', padding: 8, borderRadius: 6 }}>
          {comment.text ?? t('surveys.comments.lowRatingOnly', { score: comment.score ?? '—' })}
        </Typography.Paragraph>
      )}
      <Form<Values> key={comment?.id} form={form} layout="vertical" name="survey-comment-work-order" initialValues={initialValues} onFinish={(values) => void submit(values)}>
        <FormProblem error={create.error} unmatched={unmatched} />
        <Form.Item name="type" label={t('workOrders.fields.type')} rules={[{ required: true, message: t('forms.required') }]}>
          <Radio.Group optionType="button" options={WORK_ORDER_TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('workOrders.fields.category')} rules={[{ required: true, message: t('forms.required') }]}>
          <Select showSearch optionFilterProp="label" options={WORK_ORDER_CATEGORIES.map((value) => ({ value, label: t(`workOrders.category.${value}`) }))} />
        </Form.Item>
        <Form.Item name="priority" label={t('workOrders.fields.priority')} rules={[{ required: true, message: t('forms.required') }]}>
          <Radio.Group optionType="button" options={WORK_ORDER_PRIORITIES.map((value) => ({ value, label: t(`workOrders.priority.${value}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('workOrders.fields.title')} extra={t('surveys.comments.titleHint')} rules={[{ max: TITLE_MAX, message: t('forms.maxLength', { count: TITLE_MAX }) }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
