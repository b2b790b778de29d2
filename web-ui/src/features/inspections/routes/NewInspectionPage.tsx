import { Button, Card, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '@/components/FormProblem';
import { PageHeader } from '@/components/PageHeader';
import { useCreateInspection } from '@/features/inspections/api/create-inspection';
import { useInspectionTemplates } from '@/features/inspections/api/list-inspection-templates';
import { METHODS, useLocalized } from '@/features/inspections/components/labels';
import { newIdempotencyKey, type Schemas } from '@/lib/api/client';
import { applyFieldErrors } from '@/lib/form-errors';
import type { FieldError } from '@/lib/problem';

type Values = { projectId: string; templateId: string; method: Schemas['InspectionMethod']; location?: string };
const FIELDS = ['projectId', 'templateId', 'method', 'location'];

/** /inspections/new — start an inspection: project, rubric (published ones), method, where. Then the checklist. */
export function NewInspectionPage({ projects, projectId }: { projects: readonly Schemas['ProjectRef'][]; projectId: string | undefined }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const templates = useInspectionTemplates(true);
  const create = useCreateInspection();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);

  const start = async (values: Values) => {
    setUnmatched([]);
    try {
      const location = values.location?.trim();
      const created = await create.mutateAsync({ body: { projectId: values.projectId, templateId: values.templateId, method: values.method, ...(location ? { location } : {}) }, idempotencyKey });
      void navigate(`/inspections/${created.inspection.id}`, { replace: true });
    } catch (error) {
      setUnmatched(applyFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <PageHeader breadcrumbs={[{ title: t('inspections.nav.inspections'), to: '/inspections' }, { title: t('inspections.start.title') }]} title={t('inspections.start.title')} />
      <Card>
        <FormProblem error={create.error} unmatched={unmatched} only={[400, 409]} />
        <Form<Values> form={form} layout="vertical" name="inspection-new" initialValues={{ projectId, method: 'OPEN' }} onFinish={(values) => void start(values)} requiredMark="optional">
          <Form.Item name="projectId" label={t('inspections.fields.project')} rules={[{ required: true, message: t('forms.required') }]}>
            <Select size="large" options={projects.map((project) => ({ value: project.id, label: `${project.code} ${project.name}` }))} data-testid="start-project" />
          </Form.Item>
          <Form.Item name="templateId" label={t('inspections.fields.template')} rules={[{ required: true, message: t('forms.required') }]}>
            <Select
              size="large"
              loading={templates.isPending}
              placeholder={t('inspections.start.pickTemplate')}
              options={(templates.data ?? []).map((template) => ({
                value: template.id,
                label: `${localized(template.name)} · v${String(template.currentVersionNumber ?? '')} · ${t('inspections.templates.checkPoints', { count: template.checkPointCount ?? 0 })}`,
              }))}
              data-testid="start-template"
            />
          </Form.Item>
          <Form.Item name="method" label={t('inspections.fields.method')} rules={[{ required: true, message: t('forms.required') }]}>
            <Radio.Group optionType="button" buttonStyle="solid" size="large" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="start-method">
              {METHODS.map((method) => (
                <Radio.Button key={method} value={method} style={{ borderRadius: 6, borderInlineStartWidth: 1 }}>
                  {t(`inspections.method.${method}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="location" label={t('inspections.fields.location')} rules={[{ max: 200, message: t('forms.maxLength', { count: 200 }) }]}>
            <Input size="large" placeholder={t('inspections.start.locationPlaceholder')} autoComplete="off" data-testid="start-location" />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit" block loading={create.isPending} data-testid="start-inspection">
            {t('inspections.start.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
