import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '@/components/FormProblem';
import { useChangeMyPassword } from '@/features/auth/api/change-my-password';
import { applyFieldErrors } from '@/lib/form-errors';
import { passwordRule } from '@/lib/password';
import type { FieldError } from '@/lib/problem';

type Values = { currentPassword: string; newPassword: string; confirm: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** "Change password" from the user menu: the current password, a new one twice; errors next to their fields. */
export function ChangePasswordModal({ open, username, onClose }: { open: boolean; username: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangeMyPassword();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setDone(false);
    setUnmatched([]);
    change.reset();
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async (values: Values) => {
    try {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      setDone(true);
    } catch (error) {
      setUnmatched(applyFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('account.changePassword')}
      okText={done ? t('account.close') : t('common.save')}
      cancelButtonProps={{ style: done ? { display: 'none' } : {} }}
      cancelText={t('common.cancel')}
      onOk={() => (done ? onClose() : form.submit())}
      onCancel={onClose}
      confirmLoading={change.isPending}
      destroyOnHidden
      forceRender
    >
      {done ? (
        <Alert type="success" showIcon message={t('account.passwordChanged')} data-testid="password-changed" />
      ) : (
        <Form<Values> form={form} name="change-password" layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <FormProblem error={change.error} unmatched={unmatched} only={[400]} />
          <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true, message: t('forms.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('account.newPassword')}
            extra={t('password.rule')}
            rules={[
              { required: true, message: t('forms.required') },
              passwordRule((problem) => t(`password.problem.${problem}`), () => username),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('account.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('forms.required') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value && value !== getFieldValue('newPassword') ? Promise.reject(new Error(t('account.mismatch'))) : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
