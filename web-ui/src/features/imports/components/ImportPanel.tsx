import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '@/components/FormProblem';
import { useFormatDateTime } from '@/components/TimeZone';
import { downloadImportTemplate, runImport, type ImportResult, type ImportRowError } from '@/features/imports/api/imports';
import { importErrorText } from '@/features/imports/import-errors';
import { downloadBlob, type ExportFormat } from '@/lib/download';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * 批量导入 (ADMIN): choose a CSV or XLSX file, check it (a dry run lists every error by row and column), then import
 * it — all rows or none. The template (header and two example rows) can be downloaded as CSV or Excel.
 */
export function ImportPanel({ projectId, onImported }: { projectId: string; onImported?: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | undefined>();
  const [tooLarge, setTooLarge] = useState(false);
  const template = useMutation({
    mutationFn: (format: ExportFormat) => downloadImportTemplate(projectId, format),
    onSuccess: ({ blob, fileName }) => downloadBlob(blob, fileName),
  });
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => runImport(projectId, file as File, (file as File).name, dryRun),
    onSuccess: (result) => {
      if (result.status === 'IMPORTED') onImported?.();
    },
  });
  const result = run.data;
  const checked = result?.dryRun === true && result.status === 'VALID';

  const choose = (chosen: File) => {
    setTooLarge(chosen.size > MAX_BYTES);
    setFile(chosen.size > MAX_BYTES ? undefined : chosen);
    run.reset();
    return false;
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="import-panel">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('imports.intro')}
      </Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={template.isPending && template.variables === 'xlsx'} onClick={() => template.mutate('xlsx')} data-testid="import-template-xlsx">
          {t('imports.templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={template.isPending && template.variables === 'csv'} onClick={() => template.mutate('csv')} data-testid="import-template-csv">
          {t('imports.templateCsv')}
        </Button>
      </Space>
      <Upload.Dragger accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" maxCount={1} showUploadList={false} beforeUpload={choose} data-testid="import-file">
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : t('imports.choose')}</p>
        <p className="ant-upload-hint">{t('imports.hint')}</p>
      </Upload.Dragger>
      {tooLarge && <Alert type="error" showIcon message={t('imports.tooLarge')} />}
      <Space wrap>
        <Button icon={<CheckCircleOutlined />} disabled={!file} loading={run.isPending && run.variables.dryRun} onClick={() => run.mutate({ dryRun: true })} data-testid="import-check">
          {t('imports.check')}
        </Button>
        <Button type="primary" icon={<UploadOutlined />} disabled={!file || !checked} loading={run.isPending && !run.variables.dryRun} onClick={() => run.mutate({ dryRun: false })} data-testid="import-run">
          {t('imports.run')}
        </Button>
      </Space>
      {run.isError && <FormProblem error={run.error} />}
      {result && <ImportResultView result={result} />}
    </Space>
  );
}

function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const headline =
    result.status === 'IMPORTED'
      ? result.replayed
        ? t('imports.replayed', { at: formatDateTime(result.importedAt) })
        : t('imports.imported')
      : result.status === 'VALID'
        ? t('imports.valid')
        : t(result.dryRun ? 'imports.invalid' : 'imports.invalidNothingWritten', { count: result.errors.length });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="import-result">
      <Alert type={result.status === 'INVALID' ? 'error' : 'success'} showIcon message={headline} />
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
        <Descriptions.Item label={t('imports.rows')}>{result.rows}</Descriptions.Item>
        <Descriptions.Item label={t('imports.unitsCreated')}>{result.unitsCreated}</Descriptions.Item>
        <Descriptions.Item label={t('imports.unitsExisting')}>{result.unitsExisting}</Descriptions.Item>
        <Descriptions.Item label={t('imports.residentsCreated')}>{result.residentsCreated}</Descriptions.Item>
        <Descriptions.Item label={t('imports.residentsExisting')}>{result.residentsExisting}</Descriptions.Item>
      </Descriptions>
      {result.errors.length > 0 && (
        <Table<ImportRowError>
          size="small"
          rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
          dataSource={result.errors}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ x: true }}
          data-testid="import-errors"
          columns={[
            { title: t('imports.row'), dataIndex: 'row', width: 64 },
            { title: t('imports.column'), dataIndex: 'column', width: 120, render: (column: string) => t(`imports.columns.${column}`, { defaultValue: column }) },
            { title: t('imports.message'), key: 'message', render: (_: unknown, error: ImportRowError) => importErrorText(t, error) },
          ]}
        />
      )}
    </Space>
  );
}
