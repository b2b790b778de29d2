import { DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSurveyCampaign, type SurveyCampaignCreate } from '@/features/surveys/api/create-survey-campaign';
import type { SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';
import { useProjectBuildings } from '@/lib/project-buildings';
import { useSurveyTemplates } from '@/features/surveys/api/list-survey-templates';
import { FormProblem } from '@/components/FormProblem';
import { isApiError, mapFieldErrors, type FieldError } from '@/lib/problem';

export type ProjectChoice = { id: string; code: string; name: string };

type Values = {
  templateId?: string;
  projectId?: string;
  title?: string;
  period?: [Dayjs, Dayjs];
  anonymous?: boolean;
  buildingIds?: string[];
};
const FIELDS = ['templateId', 'projectId', 'title', 'period', 'anonymous', 'buildingIds'] as const;
const TITLE_MAX = 100;

/** The quarter's default title, e.g. "2026 年第 4 季度满意度调查". */
function defaultTitle(t: (key: string, options?: Record<string, unknown>) => string): string {
  const now = dayjs();
  return t('surveys.create.defaultTitle', { year: now.year(), quarter: Math.floor(now.month() / 3) + 1 });
}

/** A new campaign (ADMIN, MANAGER): a DRAFT on the template's current version, for the whole project or some buildings. */
export function CampaignFormModal({
  open,
  onClose,
  onCreated,
  projects,
  projectId,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (campaign: SurveyCampaign) => void;
  projects: readonly ProjectChoice[];
  projectId: string | undefined;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateSurveyCampaign();
  const templates = useSurveyTemplates(open);
  const chosenProject = Form.useWatch('projectId', form);
  const buildings = useProjectBuildings(open ? chosenProject : undefined);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);

  useEffect(() => {
    if (!open) return;
    create.reset();
    setUnmatched([]);
    form.resetFields();
    form.setFieldsValue({
      projectId,
      title: defaultTitle(t),
      period: [dayjs().startOf('minute'), dayjs().add(14, 'day').endOf('day').startOf('minute')],
      anonymous: false,
      buildingIds: [],
    });
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  useEffect(() => {
    const first = templates.data?.[0];
    if (open && first && !form.getFieldValue('templateId')) form.setFieldValue('templateId', first.id);
  }, [open, templates.data, form]);

  const submit = async (values: Values) => {
    setUnmatched([]);
    const [opensAt, closesAt] = values.period ?? [];
    if (!values.templateId || !values.projectId || !opensAt || !closesAt) return;
    const body: SurveyCampaignCreate = {
      templateId: values.templateId,
      projectId: values.projectId,
      title: (values.title ?? '').trim(),
      opensAt: opensAt.format(),
      closesAt: closesAt.format(),
      anonymous: values.anonymous ?? false,
      ...(values.buildingIds && values.buildingIds.length > 0 ? { buildingIds: values.buildingIds } : {}),
    };
    try {
      onCreated(await create.mutateAsync(body));
    } catch (error) {
      if (!isApiError(error)) return;
      // The API names opensAt and closesAt; the form has one period field for both.
      const renamed = error.fieldErrors.map((item) => ({ ...item, field: /(^|\.)(opensAt|closesAt)$/.test(item.field) ? 'period' : item.field }));
      const { fields, unmatched: rest } = mapFieldErrors(renamed, FIELDS);
      form.setFields(fields.map((field) => ({ name: field.name as never, errors: field.errors })));
      setUnmatched(rest);
    }
  };

  return (
    <Modal
      open={open}
      title={t('surveys.create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('surveys.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={560}
    >
      <Form<Values> form={form} layout="vertical" name="survey-campaign-new" onFinish={(values) => void submit(values)} onValuesChange={(changed: Values) => {
        if ('projectId' in changed) form.setFieldValue('buildingIds', []);
      }}>
        <FormProblem error={create.error} unmatched={unmatched} />
        <Form.Item name="templateId" label={t('surveys.create.template')} rules={[{ required: true, message: t('forms.required') }]}>
          <Select
            loading={templates.isPending}
            options={(templates.data ?? []).map((template) => ({ value: template.id, label: `${template.name} · v${String(template.version)}` }))}
            data-testid="campaign-template"
          />
        </Form.Item>
        <Form.Item name="projectId" label={t('surveys.create.project')} rules={[{ required: true, message: t('forms.required') }]}>
          <Select data-testid="campaign-project" options={projects.map((project) => ({ value: project.id, label: `${project.code} · ${project.name}` }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('surveys.create.name')}
          rules={[
            { required: true, whitespace: true, message: t('forms.required') },
            { max: TITLE_MAX, message: t('forms.maxLength', { count: TITLE_MAX }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('surveys.create.period')}
          rules={[
            { required: true, message: t('forms.required') },
            {
              validator: (_, period?: [Dayjs, Dayjs]) => (period && !period[1].isAfter(period[0]) ? Promise.reject(new Error(t('surveys.create.closesAfterOpens'))) : Promise.resolve()),
            },
          ]}
        >
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="buildingIds" label={t('surveys.create.buildings')} extra={t('surveys.create.buildingsHint')}>
          <Select
            mode="multiple"
            allowClear
            loading={buildings.isPending && chosenProject !== undefined}
            placeholder={t('surveys.create.allBuildings')}
            optionFilterProp="label"
            options={(buildings.data ?? []).map((building) => ({ value: building.id, label: building.name }))}
          />
        </Form.Item>
        <Form.Item name="anonymous" label={t('surveys.create.anonymous')} valuePropName="checked" extra={t('surveys.create.anonymousHint')} style={{ marginBottom: 0 }}>
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

