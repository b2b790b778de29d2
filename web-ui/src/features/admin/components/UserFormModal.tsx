import { Checkbox, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave } from '@/components/FormModal';
import { useCreateUser } from '@/features/admin/api/create-user';
import type { Role, User } from '@/features/admin/api/list-users';
import { useSetMemberships } from '@/features/admin/api/set-memberships';
import { useUpdateUser } from '@/features/admin/api/update-user';
import { GeneratedPasswordField } from '@/features/admin/components/GeneratedPasswordField';
import { generatePassword } from '@/lib/password';

export type ProjectOption = { id: string; code: string; name: string };
export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'AGENT', 'TECHNICIAN', 'KEY_CUSTODIAN', 'QUALITY_SUPERVISOR', 'INTEGRATION'];

type Values = { username: string; displayName: string; phone?: string; roles: Role[]; projectIds: string[]; password?: string };
const FIELDS = ['username', 'displayName', 'phone', 'roles', 'projectIds', 'password'] as const;

/**
 * New user (POST with the initial password, typed or generated and shown once) or edit one (PATCH with If-Match, then the
 * memberships as a whole set). `onCreated` receives the password so the page can show it once.
 */
export function UserFormModal({
  user,
  open,
  projects,
  onClose,
  onCreated,
}: {
  user?: User | undefined;
  open: boolean;
  projects: readonly ProjectOption[];
  onClose: () => void;
  onCreated: (user: User, password: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const memberships = useSetMemberships();
  const { idempotencyKey, unmatched, save } = useFormSave(form, FIELDS, open, user?.id);
  const editing = user !== undefined;
  const error = create.error ?? update.error ?? memberships.error;

  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    memberships.reset();
    form.resetFields();
    form.setFieldsValue(
      user
        ? { username: user.username, displayName: user.displayName, phone: user.phone ?? '', roles: user.roles, projectIds: user.projectIds }
        : { roles: ['AGENT'], projectIds: [], password: generatePassword() },
    );
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, user?.id]);

  const submit = async (values: Values) => {
    const phone = values.phone?.trim();
    const saved = await save(async () => {
      if (user) {
        const saved = await update.mutateAsync({
          userId: user.id,
          ifMatch: `"${String(user.version)}"`,
          body: { displayName: values.displayName.trim(), roles: values.roles, ...(phone ? { phone } : {}) },
        });
        const before = [...saved.projectIds].sort().join();
        if (before !== [...values.projectIds].sort().join()) {
          await memberships.mutateAsync({ userId: user.id, projectIds: values.projectIds });
        }
      } else {
        const password = values.password ?? '';
        const created = await create.mutateAsync({
          idempotencyKey,
          body: {
            username: values.username.trim(),
            displayName: values.displayName.trim(),
            password,
            roles: values.roles,
            projectIds: values.projectIds,
            ...(phone ? { phone } : {}),
          },
        });
        onCreated(created, password);
      }
    });
    if (saved) onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? t('admin.users.editTitle') : t('admin.users.newTitle')}
      form={form}
      name={editing ? 'user-edit' : 'user-new'}
      onFinish={(values) => void submit(values)}
      onClose={onClose}
      saving={create.isPending || update.isPending || memberships.isPending}
      error={error}
      unmatched={unmatched}
      onEdit={() => {
        create.reset();
        update.reset();
        memberships.reset();
      }}
    >
      <Form.Item
        name="username"
        label={t('admin.users.username')}
        extra={editing ? t('admin.users.usernameFixed') : t('admin.users.usernameHint')}
        rules={[
          { required: true, message: t('forms.required') },
          { pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/, message: t('admin.users.usernamePattern') },
        ]}
      >
        <Input disabled={editing} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('admin.users.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('forms.required') },
          { max: 100, message: t('forms.maxLength', { count: 100 }) },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('admin.users.phone')} rules={[{ pattern: /^[0-9+ -]{5,20}$/, message: t('admin.users.phonePattern') }]}>
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="roles" label={t('admin.users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('admin.users.rolesRequired') }]}>
        <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      </Form.Item>
      <Form.Item name="projectIds" label={t('admin.users.projects')} extra={t('admin.users.projectsHint')}>
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          options={projects.map((project) => ({ value: project.id, label: `${project.code} ${project.name}` }))}
          data-testid="user-projects"
        />
      </Form.Item>
      {!editing && (
        <GeneratedPasswordField
          form={form}
          label={t('admin.users.initialPassword')}
          username={() => form.getFieldValue('username') as string | undefined}
          testId="user-password"
        />
      )}
    </FormModal>
  );
}
