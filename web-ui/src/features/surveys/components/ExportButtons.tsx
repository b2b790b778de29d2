import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useExportSurveyCampaign, type ExportFormat } from '@/features/surveys/api/export-survey-campaign';
import { downloadBlob, safeFileName } from '@/features/surveys/components/download';

/** CSV and Excel downloads of every response and the summary. */
export function ExportButtons({ campaignId, title }: { campaignId: string; title: string }) {
  const { t } = useTranslation();
  const exporter = useExportSurveyCampaign(campaignId);
  const download = async (format: ExportFormat) => {
    const { blob, fileName } = await exporter.mutateAsync(format);
    downloadBlob(blob, fileName ?? `${safeFileName(title)}.${format}`);
  };
  const busy = (format: ExportFormat) => exporter.isPending && exporter.variables === format;
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={busy('xlsx')} disabled={exporter.isPending && !busy('xlsx')} onClick={() => void download('xlsx').catch(() => undefined)} data-testid="export-xlsx">
        {t('surveys.results.exportXlsx')}
      </Button>
      <Button icon={<DownloadOutlined />} loading={busy('csv')} disabled={exporter.isPending && !busy('csv')} onClick={() => void download('csv').catch(() => undefined)} data-testid="export-csv">
        {t('surveys.results.exportCsv')}
      </Button>
    </>
  );
}
