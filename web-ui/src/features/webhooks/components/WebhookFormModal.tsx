import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoicesField, ProjectsField, type ProjectOption } from '@/components/AccessFields';
import { FormModal, saveRequests, useFormSave } from '@/components/FormModal';
import { useCreateWebhook, useUpdateWebhook, type Webhook, type WebhookEventType } from '@/features/webhooks/api/webhooks';
import { EVENT_GROUPS, typeLabelKey, urlProblem } from '@/features/webhooks/webhook-rules';

type Values = { url: string; description?: string; eventTypes: WebhookEventType[]; projectIds: string[] };
const FIELDS = ['url', 'description', 'eventTypes', 'projectIds'] as const;

/** New subscription (POST; `onCreated` gets the answer with its secret, shown once) or edit one (PATCH with If-Match). */
export function WebhookFormModal({
  webhook,
  open,
  projects,
  onClose,
  onCreated,
}: {
  webhook?: Webhook | undefined;
  open: boolean;
  projects: readonly ProjectOption[];
  onClose: () => void;
  onCreated: (created: Webhook) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const requests = saveRequests(create, update);
  const { idempotencyKey, unmatched, save } = useFormSave(form, FIELDS, open, webhook?.id);
  const editing = webhook !== undefined;

  useEffect(() => {
    if (!open) return;
    requests.onEdit();
    form.resetFields();
    form.setFieldsValue(
      webhook
        ? { url: webhook.url, description: webhook.description ?? '', eventTypes: webhook.eventTypes, projectIds: webhook.projectIds }
        : { eventTypes: ['work_order.created', 'work_order.status_changed'], projectIds: projects.length === 1 ? [projects[0]!.id] : [] },
    );
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, webhook?.id]);

  const submit = async (values: Values) => {
    const body = {
      url: values.url.trim(),
      eventTypes: values.eventTypes,
      projectIds: values.projectIds,
      description: values.description?.trim() ?? '',
    };
    const saved = await save(async () => {
      if (webhook) {
        await update.mutateAsync({ webhookId: webhook.id, ifMatch: `"${String(webhook.version)}"`, body });
      } else {
        const created = await create.mutateAsync({
          idempotencyKey,
          body: { url: body.url, eventTypes: body.eventTypes, projectIds: body.projectIds, ...(body.description ? { description: body.description } : {}) },
        });
        onCreated(created);
      }
    });
    if (saved) onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('webhooks.editTitle') : t('webhooks.newTitle')}
      form={form}
      name={editing ? 'webhook-edit' : 'webhook-new'}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      unmatched={unmatched}
      {...requests}
    >
      <Form.Item
        name="url"
        label={t('webhooks.form.url')}
        extra={t('webhooks.form.urlHint')}
        rules={[
          { required: true, whitespace: true, message: t('forms.required') },
          {
            validator: (_, value: string | undefined) => {
              const problem = urlProblem(value);
              return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
            },
          },
        ]}
      >
        <Input inputMode="url" autoComplete="off" placeholder="https://erp.example.com/hooks" data-testid="webhook-url" />
      </Form.Item>
      <Form.Item name="description" label={t('webhooks.form.description')} rules={[{ max: 200, message: t('forms.maxLength', { count: 200 }) }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <ChoicesField
        name="eventTypes"
        label={t('webhooks.form.eventTypes')}
        requiredMessage={t('webhooks.form.eventTypesRequired')}
        groups={EVENT_GROUPS.map(({ group, types }) => ({
          key: group,
          title: t(`webhooks.groups.${group}`),
          choices: types.map((type) => ({ value: type, label: t(typeLabelKey(type)) })),
        }))}
      />
      <ProjectsField label={t('webhooks.form.projects')} requiredMessage={t('webhooks.form.projectsRequired')} projects={projects} testId="webhook-projects" />
    </FormModal>
  );
}
