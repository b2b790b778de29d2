import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Key } from '@/features/keys/api/list-keys';
import { useMarkKeyFound } from '@/features/keys/api/mark-key-found';
import { useReportKeyLost } from '@/features/keys/api/report-key-lost';
import { useRetireKey } from '@/features/keys/api/retire-key';
import { CabinetSlotFields } from '@/features/keys/components/CabinetSlotFields';
import { applyKeyFieldErrors } from '@/features/keys/components/field-errors';
import { KeyProblem } from '@/features/keys/components/KeyProblem';
import type { FieldError } from '@/lib/problem';

/** The actions on a key that ask for something first. */
export type KeyDialogAction = 'REPORT_LOST' | 'FOUND' | 'RETIRE';

type Values = { reason?: string; note?: string; cabinetId?: string; slot?: number | null };

/** Lost (why; UNIT and equipment-room keys get a lock-change order), found (where it goes now) or retired (why). Mounted while open. */
export function KeyActionDialog({
  keyItem,
  action,
  onClose,
  onDone,
}: {
  keyItem: Key;
  action: KeyDialogAction;
  onClose: () => void;
  onDone?: (action: KeyDialogAction, key: Key) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const lost = useReportKeyLost(keyItem.id);
  const found = useMarkKeyFound(keyItem.id);
  const retire = useRetireKey(keyItem.id);
  const mutation = { REPORT_LOST: lost, FOUND: found, RETIRE: retire }[action];

  const submit = async (values: Values) => {
    const reason = (values.reason ?? '').trim();
    const note = values.note?.trim();
    try {
      const key =
        action === 'REPORT_LOST'
          ? await lost.mutateAsync({ reason })
          : action === 'RETIRE'
            ? await retire.mutateAsync({ reason })
            : await found.mutateAsync({
                ...(note ? { note } : {}),
                ...(values.cabinetId && values.slot != null ? { cabinetId: values.cabinetId, slot: values.slot } : {}),
              });
      onClose();
      onDone?.(action, key);
    } catch (error) {
      setUnmatched(applyKeyFieldErrors(form, error, ['reason', 'note', 'cabinetId', 'slot']));
    }
  };

  const required = { required: true, whitespace: true, message: t('forms.required') };
  return (
    <Modal
      open
      title={t(`keys.actions.${action}`)}
      okText={t('common.save')}
      okButtonProps={{ danger: action !== 'FOUND' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)} name={`key-action-${action}`}>
        <KeyProblem error={mutation.error} unmatched={unmatched} />
        {action !== 'FOUND' && (
          <>
            <p>{t(`keys.actionHints.${action}`)}</p>
            <Form.Item name="reason" label={t('keys.dialog.reason')} rules={[required, { max: 500, message: t('forms.maxLength', { count: 500 }) }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} autoFocus />
            </Form.Item>
          </>
        )}
        {action === 'FOUND' && (
          <>
            <Form.Item name="note" label={t('keys.dialog.note')} rules={[{ max: 500, message: t('forms.maxLength', { count: 500 }) }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} autoFocus />
            </Form.Item>
            <p>{t('keys.actionHints.FOUND')}</p>
            <CabinetSlotFields projectId={keyItem.projectId} own={keyItem} />
          </>
        )}
      </Form>
    </Modal>
  );
}
