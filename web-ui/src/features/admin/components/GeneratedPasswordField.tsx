import { ReloadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { generatePassword, passwordRule } from '@/lib/password';

/** A password the administrator sets (a new user's, a reset): generated in the browser, typed over if wanted, checked by the rule. */
export function GeneratedPasswordField({
  form,
  label,
  username,
  testId,
}: {
  form: FormInstance;
  label: string;
  username: () => string | undefined;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} extra={t('password.rule')} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name="password"
          noStyle
          rules={[{ required: true, message: t('forms.required') }, passwordRule((problem) => t(`password.problem.${problem}`), username)]}
        >
          <Input autoComplete="new-password" data-testid={testId} />
        </Form.Item>
        <Button icon={<ReloadOutlined />} onClick={() => form.setFieldsValue({ password: generatePassword() })}>
          {t('admin.users.generate')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
