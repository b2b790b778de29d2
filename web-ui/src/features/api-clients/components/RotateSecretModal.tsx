import { Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '@/components/FormProblem';
import type { ApiClient, ApiClientCredentials } from '@/features/api-clients/api/list-api-clients';
import { useRotateSecret } from '@/features/api-clients/api/rotate-secret';
import { DEFAULT_GRACE_MINUTES, GRACE_MINUTES } from '@/features/api-clients/api-client-form';

/** Rotate with a grace period for the secret in use now; the new secret goes to `onRotated`, shown once by the page. */
export function RotateSecretModal({
  client,
  onClose,
  onRotated,
}: {
  client: ApiClient | undefined;
  onClose: () => void;
  onRotated: (credentials: ApiClientCredentials) => void;
}) {
  const { t } = useTranslation();
  const rotate = useRotateSecret();
  const [grace, setGrace] = useState<number>(DEFAULT_GRACE_MINUTES);

  useEffect(() => {
    if (!client) return;
    rotate.reset();
    setGrace(DEFAULT_GRACE_MINUTES);
    // Reset when the dialog opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client?.id]);

  return (
    <Modal
      open={client !== undefined}
      title={client ? t('apiClients.rotateTitle', { name: client.name }) : undefined}
      okText={t('apiClients.rotate')}
      cancelText={t('common.cancel')}
      confirmLoading={rotate.isPending}
      onCancel={onClose}
      onOk={async () => {
        if (!client) return;
        try {
          onRotated(await rotate.mutateAsync({ apiClientId: client.id, graceMinutes: grace }));
          onClose();
        } catch {
          // shown below
        }
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('apiClients.rotateDetail')}</Typography.Paragraph>
      <Typography.Text strong>{t('apiClients.grace')}</Typography.Text>
      <Radio.Group value={grace} onChange={(event) => setGrace(event.target.value as number)} style={{ display: 'block', marginTop: 8 }}>
        <Space direction="vertical">
          {GRACE_MINUTES.map((minutes) => (
            <Radio key={minutes} value={minutes} data-testid={`grace-${minutes}`}>
              {t(`apiClients.grace_${minutes}`)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {rotate.error ? <div style={{ marginTop: 12 }}><FormProblem error={rotate.error} /></div> : null}
    </Modal>
  );
}
