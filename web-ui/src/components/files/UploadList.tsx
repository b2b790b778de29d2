import { CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadItem } from '@/components/files/use-upload-queue';
import { isApiError } from '@/lib/problem';

/** The files on their way: progress each, and for a failed one the reason with retry and dismiss. */
export function UploadList({ items, onRetry, onDismiss }: { items: UploadItem[]; onRetry: (id: string) => void; onDismiss: (id: string) => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const reason = (error: unknown) => {
    if (isApiError(error)) return error.problem?.detail ?? error.message;
    return t('files.upload.networkError');
  };
  return (
    <Flex vertical gap={6} data-testid="upload-list" style={{ marginTop: 8 }}>
      {items.map((item) => (
        <div key={item.id} data-testid="upload-item" data-status={item.status}>
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text ellipsis style={{ maxWidth: '60%' }}>
              {item.name}
            </Typography.Text>
            <Typography.Text type={item.status === 'error' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {t(`files.upload.status.${item.status}`)}
            </Typography.Text>
          </Flex>
          <Progress percent={item.percent} size="small" status={item.status === 'error' ? 'exception' : item.status === 'done' ? 'success' : 'active'} showInfo={false} />
          {item.status === 'error' && (
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {reason(item.error)}
              </Typography.Text>
              <span style={{ whiteSpace: 'nowrap' }}>
                <Button size="small" icon={<ReloadOutlined />} onClick={() => onRetry(item.id)} data-testid="upload-retry">
                  {t('files.upload.retry')}
                </Button>{' '}
                <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('files.upload.dismiss')} onClick={() => onDismiss(item.id)} />
              </span>
            </Flex>
          )}
        </div>
      ))}
    </Flex>
  );
}
