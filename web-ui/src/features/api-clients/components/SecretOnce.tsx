import { Alert, Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiClientCredentials } from '@/features/api-clients/api/list-api-clients';

/** A new secret, shown this once with a copy button (the server keeps only its hash). */
export function SecretOnce({ credentials, onClose }: { credentials: ApiClientCredentials; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  return (
    <Alert
      type="success"
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 16 }}
      message={t('apiClients.secretOnceTitle', { name: credentials.client.name })}
      description={
        <>
          <Typography.Paragraph>{t('apiClients.secretOnceDetail')}</Typography.Paragraph>
          <Descriptions size="small" column={1} bordered layout={phone ? 'vertical' : 'horizontal'} styles={{ label: { width: phone ? undefined : 110 } }}>
            <Descriptions.Item label={t('apiClients.clientId')}>
              <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>
                {credentials.clientId}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('apiClients.secret')}>
              <Typography.Text
                copyable={{ tooltips: [t('apiClients.copySecret'), t('apiClients.copied')] }}
                code
                style={{ fontSize: 15, wordBreak: 'break-all' }}
                data-testid="shown-secret"
              >
                {credentials.clientSecret}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      }
    />
  );
}
