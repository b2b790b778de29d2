import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateToken, type TokenRequest } from '@/features/auth/api/create-token';
import { meQueryOptions } from '@/features/auth/api/get-me';
import { clearToken } from '@/lib/auth-storage';
import { isApiError, mapFieldErrors } from '@/lib/problem';

type Props = {
  /** Called once the token is stored and the user (GET /me) is loaded. */
  onSuccess: () => void;
};

const FIELDS = ['username', 'password'] as const;

export function LoginForm({ onSuccess }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TokenRequest>();
  const queryClient = useQueryClient();
  const createToken = useCreateToken();
  const [error, setError] = useState<string | null>(null);
  const [loadingMe, setLoadingMe] = useState(false);

  const submit = async (values: TokenRequest) => {
    setError(null);
    try {
      await createToken.mutateAsync({ username: values.username.trim(), password: values.password });
    } catch (failure) {
      setError(messageFor(failure));
      if (isApiError(failure) && failure.status === 400) {
        const { fields } = mapFieldErrors(failure.fieldErrors, FIELDS);
        form.setFields(fields.map((field) => ({ name: field.name as keyof TokenRequest, errors: field.errors })));
      }
      if (isApiError(failure) && failure.status === 401) {
        form.setFieldValue('password', '');
      }
      return;
    }
    setLoadingMe(true);
    try {
      await queryClient.fetchQuery(meQueryOptions());
      onSuccess();
    } catch {
      clearToken();
      setError(t('login.meFailed'));
    } finally {
      setLoadingMe(false);
    }
  };

  const messageFor = (failure: unknown): string => {
    if (!isApiError(failure)) return t('login.failed');
    switch (failure.status) {
      case 401:
        return t('login.wrongCredentials');
      case 429:
        return failure.retryAfterSeconds !== undefined
          ? t('login.tooManyAttemptsWait', { count: failure.retryAfterSeconds })
          : t('login.tooManyAttempts');
      case 400:
        return t('login.invalidInput');
      default:
        return failure.problem?.title ?? t('login.failed');
    }
  };

  return (
    <Form<TokenRequest>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        if (error) setError(null);
      }}
      aria-label={t('login.title')}
      size="large"
    >
      {error && (
        <Form.Item>
          <Alert type="error" showIcon message={error} role="alert" data-testid="login-error" />
        </Form.Item>
      )}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={createToken.isPending || loadingMe}>
          {t('login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
