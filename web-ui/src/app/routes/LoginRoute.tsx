import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LoginForm } from '@/features/auth/components/LoginForm';
import { isSignedIn } from '@/lib/auth-storage';

/** Only same-app paths: never an absolute or protocol-relative URL. */
export function safeRedirect(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/login')) return '/';
  return value;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));

  if (isSignedIn()) return <Navigate to={redirect} replace />;

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 55%)', padding: 16 }}>
      <Flex justify="end" style={{ width: '100%', maxWidth: 960 }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" justify="center" style={{ flex: 1, width: '100%' }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={2} style={{ margin: '8px 0 0' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </Flex>
        <Card style={{ width: '100%', maxWidth: 380 }} title={t('login.title')}>
          {params.get('expired') === '1' && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('login.sessionEnded')} />
          )}
          <LoginForm onSuccess={() => void navigate(redirect, { replace: true })} />
        </Card>
      </Flex>
    </Flex>
  );
}
