import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelKeyStocktake } from '@/features/keys/api/cancel-key-stocktake';
import { describeKeyProblem } from '@/features/keys/components/KeyProblem';

/** Abandons a stock-take started by mistake: a reason is required, and the ledger keeps it. */
export function CancelStocktakeButton({ stocktakeId }: { stocktakeId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useCancelKeyStocktake(stocktakeId);
  const problem = cancel.error ? describeKeyProblem(cancel.error, t) : undefined;

  const submit = ({ reason }: { reason: string }) =>
    cancel.mutate(reason.trim(), {
      onSuccess: () => setOpen(false),
    });

  return (
    <>
      <Button danger type="text" block onClick={() => setOpen(true)} data-testid="stocktake-cancel">
        {t('keys.stocktake.cancel')}
      </Button>
      <Modal
        open={open}
        title={t('keys.stocktake.cancelTitle')}
        okText={t('keys.stocktake.cancelOk')}
        okButtonProps={{ danger: true, loading: cancel.isPending, htmlType: 'submit', form: 'stocktake-cancel-form' }}
        cancelText={t('keys.stocktake.cancelBack')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('keys.stocktake.cancelHint')}</p>
        {problem && <Alert type="error" showIcon message={problem.title} description={problem.detail} style={{ marginBottom: 12 }} />}
        <Form form={form} id="stocktake-cancel-form" layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="reason"
            label={t('keys.stocktake.cancelReason')}
            rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
          >
            <Input.TextArea autoFocus maxLength={500} rows={3} placeholder={t('keys.stocktake.cancelReasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
