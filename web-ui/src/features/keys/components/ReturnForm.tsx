import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';
import { useReturnKey, type KeyCondition } from '@/features/keys/api/return-key';

type Values = { condition: KeyCondition; notes?: string };
const CONDITIONS: readonly KeyCondition[] = ['GOOD', 'DAMAGED', 'INCOMPLETE'];

/** Taking a key back: one key press (the button has the focus; GOOD unless said otherwise), notes if anything is wrong. */
export function ReturnForm({
  checkout,
  onReturned,
  onFailed,
}: {
  checkout: KeyCheckout;
  onReturned: (checkout: KeyCheckout) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const giveBack = useReturnKey();

  const submit = async (values: Values) => {
    const notes = values.notes?.trim();
    try {
      onReturned(await giveBack.mutateAsync({ checkoutId: checkout.id, body: { condition: values.condition, ...(notes ? { notes } : {}) } }));
    } catch (error) {
      onFailed(error);
    }
  };

  return (
    <Form<Values>
      form={form}
      name="key-return"
      layout="vertical"
      style={{ marginTop: 16 }}
      initialValues={{ condition: 'GOOD' }}
      onFinish={(values) => void submit(values)}
      data-testid="return-form"
    >
      <Form.Item name="condition" label={t('keys.return.condition')}>
        <Radio.Group optionType="button" options={CONDITIONS.map((value) => ({ value, label: t(`keys.condition.${value}`) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('keys.return.notes')} rules={[{ max: 500, message: t('forms.maxLength', { count: 500 }) }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={giveBack.isPending} autoFocus data-testid="return-submit">
        {t('keys.return.submit')}
      </Button>
    </Form>
  );
}
