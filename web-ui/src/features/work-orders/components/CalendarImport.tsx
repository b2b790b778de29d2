import { ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportWorkingCalendar } from '@/features/work-orders/api/import-working-calendar';
import { FormProblem } from '@/components/FormProblem';
import { isApiError } from '@/lib/problem';

/**
 * Import a year of holidays and make-up working days as text (pasted, or read from an uploaded .txt):
 * one line per day or range, "2027-10-01~2027-10-07 休 国庆节", "2027-09-26 班 国庆节调休上班".
 * The server names every wrong line; nothing is saved then.
 */
export function CalendarImport({ projectId, year, disabled }: { projectId: string; year: number; disabled?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const importYear = useImportWorkingCalendar(projectId);
  const lineErrors = isApiError(importYear.error) && importYear.error.status === 400 ? importYear.error.fieldErrors.filter((item) => item.field === 'text') : [];

  const close = () => {
    setOpen(false);
    importYear.reset();
  };
  const submit = async () => {
    try {
      await importYear.mutateAsync({ year, text });
      void message.success(t('workOrders.calendarImport.done', { year }));
      setText('');
      close();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} disabled={disabled}>
        {t('workOrders.calendarImport.open')}
      </Button>
      <Modal
        open={open}
        title={t('workOrders.calendarImport.title', { year })}
        okText={t('workOrders.calendarImport.submit')}
        cancelText={t('common.cancel')}
        onCancel={close}
        onOk={() => void submit()}
        okButtonProps={{ disabled: text.trim() === '', loading: importYear.isPending }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('workOrders.calendarImport.format', { year })}
        </Typography.Paragraph>
        <Typography.Paragraph>
          <pre style={{ margin: 0, fontSize: 12 }}>{`${year}-10-01~${year}-10-07 休 国庆节\n${year}-10-09 班 国庆节调休上班`}</pre>
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item
            label={t('workOrders.calendarImport.text')}
            htmlFor="calendar-import-text"
            validateStatus={lineErrors.length > 0 ? 'error' : undefined}
            help={
              lineErrors.length > 0 ? (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="calendar-import-errors">
                  {lineErrors.map((item) => (
                    <li key={item.message}>{item.message}</li>
                  ))}
                </ul>
              ) : undefined
            }
          >
            <Input.TextArea id="calendar-import-text" rows={10} value={text} onChange={(event) => setText(event.target.value)} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Form>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Upload
            accept=".txt,text/plain"
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then(setText);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('workOrders.calendarImport.upload')}</Button>
          </Upload>
        </Flex>
        {lineErrors.length === 0 && <FormProblem error={importYear.error} />}
      </Modal>
    </>
  );
}
