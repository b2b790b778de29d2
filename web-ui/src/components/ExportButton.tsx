import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadBlob, type ExportedFile, type ExportFormat } from '@/lib/download';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/**
 * 导出: the list as it stands (its current filters) as Excel or CSV. One button for every list; the feature passes the
 * fetch of its export operation (a plain link would not carry the bearer token, so the file is fetched as a blob).
 */
export function ExportButton({
  onExport,
  disabled,
  testId,
}: {
  onExport: (format: ExportFormat) => Promise<ExportedFile>;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const exporting = useMutation({
    mutationFn: onExport,
    onSuccess: ({ blob, fileName }) => downloadBlob(blob, fileName),
  });
  return (
    <Dropdown
      disabled={disabled || exporting.isPending}
      trigger={['click']}
      menu={{
        items: FORMATS.map((format) => ({ key: format, label: t(`common.export.${format}`), 'data-testid': testId ? `${testId}-${format}` : undefined })),
        onClick: ({ key }) => exporting.mutate(key as ExportFormat),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={exporting.isPending} data-testid={testId}>
        {t('common.export.button')}
      </Button>
    </Dropdown>
  );
}
