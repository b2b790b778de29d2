import { Form, Input, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave } from '@/components/FormModal';
import type { Project } from '@/features/projects/api/list-projects';
import { useSaveProject } from '@/features/projects/api/save-project';

type Values = { code: string; name: string; timezone: string; address?: string };
const FIELDS = ['code', 'name', 'timezone', 'address'] as const;
const DEFAULT_ZONE = 'Asia/Shanghai';

/** The IANA zones the browser knows, the project's own first if it is not among them. */
function zoneOptions(current: string | undefined) {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [DEFAULT_ZONE];
  const all = current && !zones.includes(current) ? [current, ...zones] : zones;
  return all.map((zone) => ({ value: zone, label: zone }));
}

/** New project (POST) or edit one (PATCH with If-Match; the code is fixed); ADMIN only. */
export function ProjectFormModal({
  project,
  open,
  onClose,
  onSaved,
}: {
  project?: Project | undefined;
  open: boolean;
  onClose: () => void;
  /** After a save, e.g. to refresh the project switcher. */
  onSaved?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useSaveProject();
  const { idempotencyKey, unmatched, save } = useFormSave(form, FIELDS, open, project?.id);
  const editing = project !== undefined;
  const zones = useMemo(() => zoneOptions(project?.timezone), [project?.timezone]);

  useEffect(() => {
    if (!open) return;
    mutation.reset();
    form.resetFields();
    form.setFieldsValue(
      project
        ? { code: project.code, name: project.name, timezone: project.timezone, address: project.address ?? '' }
        : { timezone: DEFAULT_ZONE },
    );
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, project?.id]);

  const submit = async (values: Values) => {
    const address = values.address?.trim();
    const saved = await save(async () => {
      if (project) {
        await mutation.mutateAsync({
          kind: 'update',
          projectId: project.id,
          ifMatch: `"${String(project.version)}"`,
          body: { name: values.name.trim(), timezone: values.timezone, ...(address ? { address } : {}) },
        });
      } else {
        await mutation.mutateAsync({
          kind: 'create',
          idempotencyKey,
          body: { code: values.code.trim(), name: values.name.trim(), timezone: values.timezone, ...(address ? { address } : {}) },
        });
      }
    });
    if (!saved) return;
    onSaved?.();
    onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('projectAdmin.editTitle') : t('projectAdmin.newTitle')}
      form={form}
      name={editing ? 'project-edit' : 'project-new'}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      saving={mutation.isPending}
      error={mutation.error}
      unmatched={unmatched}
      onEdit={() => mutation.reset()}
    >
      <Form.Item
        name="code"
        label={t('projects.code')}
        extra={editing ? t('projectAdmin.codeFixed') : t('projectAdmin.codeHint')}
        rules={[
          { required: true, message: t('forms.required') },
          { pattern: /^[A-Z][A-Z0-9]{1,9}$/, message: t('projectAdmin.codePattern') },
        ]}
        normalize={(value: string) => value.toUpperCase()}
      >
        <Input disabled={editing} autoComplete="off" maxLength={10} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('projects.name')}
        rules={[
          { required: true, whitespace: true, message: t('forms.required') },
          { max: 100, message: t('forms.maxLength', { count: 100 }) },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="timezone" label={t('projects.timezone')} extra={t('projectAdmin.timezoneHint')} rules={[{ required: true, message: t('forms.required') }]}>
        <Select showSearch options={zones} data-testid="project-timezone" />
      </Form.Item>
      <Form.Item name="address" label={t('projects.address')} rules={[{ max: 300, message: t('forms.maxLength', { count: 300 }) }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
    </FormModal>
  );
}
