import { Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoicesField, ProjectsField, type ProjectOption } from '@/components/AccessFields';
import { FormModal, saveRequests, useFormSave } from '@/components/FormModal';
import { useCreateApiClient } from '@/features/api-clients/api/create-api-client';
import type { ApiClient, ApiClientCredentials, ApiClientScope } from '@/features/api-clients/api/list-api-clients';
import { useUpdateApiClient } from '@/features/api-clients/api/update-api-client';
import { redundantScopes, SCOPES, scopeTextKey, toCreateBody, toUpdateBody, type ApiClientValues } from '@/features/api-clients/api-client-form';

const FIELDS = ['name', 'projectIds', 'scopes'] as const;

/** New API client (the answer's secret goes to `onCreated`, shown once by the page) or edit one (PATCH with If-Match). */
export function ApiClientFormModal({
  client,
  open,
  projects,
  onClose,
  onCreated,
}: {
  client?: ApiClient | undefined;
  open: boolean;
  projects: readonly ProjectOption[];
  onClose: () => void;
  onCreated: (credentials: ApiClientCredentials) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApiClientValues>();
  const create = useCreateApiClient();
  const update = useUpdateApiClient();
  const requests = saveRequests(create, update);
  const { unmatched, save } = useFormSave(form, FIELDS, open, client?.id);
  const scopes = Form.useWatch('scopes', form) ?? [];
  const redundant = redundantScopes(scopes);

  useEffect(() => {
    if (!open) return;
    requests.onEdit();
    form.resetFields();
    form.setFieldsValue(
      client
        ? { name: client.name, projectIds: client.projectIds, scopes: client.scopes }
        : { name: '', projectIds: projects.length === 1 && projects[0] ? [projects[0].id] : [], scopes: ['work-orders:read'] },
    );
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, client?.id]);

  const submit = async (values: ApiClientValues) => {
    const saved = await save(async () => {
      if (client) {
        const body = toUpdateBody(client, values);
        if (body) await update.mutateAsync({ apiClientId: client.id, ifMatch: `"${String(client.version)}"`, body });
      } else {
        onCreated(await create.mutateAsync(toCreateBody(values)));
      }
    });
    if (saved) onClose();
  };

  return (
    <FormModal<ApiClientValues>
      open={open}
      title={client ? t('apiClients.editTitle') : t('apiClients.newTitle')}
      form={form}
      name={client ? 'api-client-edit' : 'api-client-new'}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      unmatched={unmatched}
      {...requests}
    >
      <Form.Item
        name="name"
        label={t('apiClients.name')}
        extra={t('apiClients.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('forms.required') },
          { max: 100, message: t('forms.maxLength', { count: 100 }) },
        ]}
      >
        <Input autoComplete="off" data-testid="api-client-name" />
      </Form.Item>
      <ProjectsField label={t('apiClients.projects')} requiredMessage={t('apiClients.projectsRequired')} projects={projects} testId="api-client-projects" />
      <ChoicesField
        name="scopes"
        label={t('apiClients.scopes')}
        extra={t('apiClients.scopesHint')}
        requiredMessage={t('apiClients.scopesRequired')}
        stacked
        groups={[
          {
            key: 'scopes',
            choices: SCOPES.map((scope: ApiClientScope) => ({
              value: scope,
              label: (
                <>
                  <Typography.Text code>{scope}</Typography.Text> <Typography.Text type="secondary">{t(scopeTextKey(scope))}</Typography.Text>
                </>
              ),
            })),
          },
        ]}
      />
      {redundant.map((scope) => (
        <Typography.Paragraph key={scope} type="warning" style={{ marginTop: -8 }}>
          {t('apiClients.redundant', { scope })}
        </Typography.Paragraph>
      ))}
    </FormModal>
  );
}
