import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadBlob, reportLanguageOf, type ReportFile, type ReportLanguage } from '@/lib/download';

/** Downloads a report as XLSX in the UI's language (the 督导报告, the monthly brief, the quality reports). */
export function XlsxDownloadButton({ fetchFile, testId }: { fetchFile: (lang: ReportLanguage) => Promise<ReportFile>; testId?: string }) {
  const { t, i18n } = useTranslation();
  const download = useMutation({
    mutationFn: () => fetchFile(reportLanguageOf(i18n.language)),
    onSuccess: ({ blob, fileName }) => downloadBlob(blob, fileName),
  });
  return (
    <Button icon={<FileExcelOutlined />} loading={download.isPending} onClick={() => download.mutate()} data-testid={testId}>
      {t('common.downloadExcel')}
    </Button>
  );
}
