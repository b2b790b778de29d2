import { Checkbox, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateKeyDeposit } from '@/features/keys/api/create-key-deposit';
import type { Key } from '@/features/keys/api/list-keys';
import type { Role } from '@/features/keys/api/list-project-staff';
import { applyKeyFieldErrors } from '@/features/keys/components/field-errors';
import { KeyProblem } from '@/features/keys/components/KeyProblem';
import { FilePickButtons } from '@/components/files/FilePickButtons';
import { UploadList } from '@/components/files/UploadList';
import { useUploadQueue } from '@/components/files/use-upload-queue';
import type { FieldError } from '@/lib/problem';

type Values = {
  depositorName?: string;
  depositorPhone?: string;
  authorizationRef?: string;
  validUntil?: Dayjs;
  allowedRoles?: Role[];
  allowedContractor?: string;
  ownerContact?: string;
  note?: string;
};
const FIELDS = ['depositorName', 'depositorPhone', 'authorizationRef', 'validUntil', 'allowedRoles', 'allowedContractor', 'ownerContact', 'note'] as const;
/** Staff roles an owner typically lets receive the key. */
const RECEIVER_ROLES: readonly Role[] = ['TECHNICIAN', 'KEY_CUSTODIAN', 'MANAGER', 'AGENT'];

/** The owner deposits a UNIT key with a signed authorization (委托书): who, until when, who may receive it. Mounted while open. */
export function DepositFormModal({ keyItem, onClose }: { keyItem: Key; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const deposit = useCreateKeyDeposit(keyItem.id);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  // The scanned authorization: chosen here, attached once the deposit exists (a failed file is retried alone).
  const [files, setFiles] = useState<File[]>([]);
  const [depositId, setDepositId] = useState<string>();
  const uploads = useUploadQueue(() => undefined);
  const uploading = depositId !== undefined && uploads.items.length > 0;
  useEffect(() => {
    if (depositId !== undefined && files.length === 0 && uploads.items.length === 0) onClose();
  }, [depositId, files.length, uploads.items.length, onClose]);

  const attach = (id: string) => {
    if (files.length > 0) uploads.add(files, { kind: 'keyDeposit', keyId: keyItem.id, depositId: id });
    setFiles([]);
    setDepositId(id);
  };

  const submit = async (values: Values) => {
    setUnmatched([]);
    if (depositId !== undefined) return;
    const optional = (value: string | undefined) => value?.trim() || undefined;
    try {
      const created = await deposit.mutateAsync({
        depositorName: (values.depositorName ?? '').trim(),
        depositorPhone: (values.depositorPhone ?? '').trim(),
        authorizationRef: (values.authorizationRef ?? '').trim(),
        validUntil: values.validUntil?.format('YYYY-MM-DD') ?? '',
        allowedRoles: values.allowedRoles ?? [],
        allowedContractor: optional(values.allowedContractor),
        ownerContact: optional(values.ownerContact),
        note: optional(values.note),
      });
      attach(created.id);
    } catch (error) {
      setUnmatched(applyKeyFieldErrors(form, error, FIELDS));
    }
  };

  const required = { required: true, whitespace: true, message: t('forms.required') };
  return (
    <Modal
      open
      title={t('keys.deposit.title', { code: keyItem.code })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={deposit.isPending || uploading}
    >
      <Form<Values>
        form={form}
        name="key-deposit"
        layout="vertical"
        initialValues={{ allowedRoles: ['TECHNICIAN'] }}
        onFinish={(values) => void submit(values)}
        onValuesChange={() => {
          if (deposit.error) deposit.reset();
        }}
        requiredMark="optional"
      >
        <KeyProblem error={deposit.error} unmatched={unmatched} />
        <Form.Item name="depositorName" label={t('keys.deposit.depositorName')} rules={[required, { max: 100, message: t('forms.maxLength', { count: 100 }) }]}>
          <Input autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item
          name="depositorPhone"
          label={t('keys.deposit.depositorPhone')}
          rules={[required, { pattern: /^\+?[0-9 -]{5,20}$/, message: t('keys.form.phonePattern') }]}
        >
          <Input type="tel" inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="authorizationRef"
          label={t('keys.deposit.authorizationRef')}
          extra={t('keys.deposit.authorizationRefHint')}
          rules={[required, { max: 60, message: t('forms.maxLength', { count: 60 }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="validUntil" label={t('keys.deposit.validUntilLabel')} rules={[{ required: true, message: t('forms.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="allowedRoles" label={t('keys.deposit.allowedRoles')}>
          <Checkbox.Group options={RECEIVER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item
          name="allowedContractor"
          label={t('keys.deposit.allowedContractor')}
          extra={t('keys.deposit.allowedContractorHint')}
          rules={[{ max: 100, message: t('forms.maxLength', { count: 100 }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="ownerContact" label={t('keys.deposit.ownerContact')} rules={[{ max: 100, message: t('forms.maxLength', { count: 100 }) }]}>
          <Input autoComplete="off" placeholder={t('keys.deposit.ownerContactPlaceholder')} />
        </Form.Item>
        <Form.Item name="note" label={t('keys.deposit.note')} rules={[{ max: 500, message: t('forms.maxLength', { count: 500 }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('files.authorization.label')} extra={t('files.authorization.hint')} data-testid="deposit-authorization">
          <FilePickButtons onFiles={(picked) => setFiles((current) => [...current, ...picked])} disabled={depositId !== undefined}
            cameraLabel={t('files.authorization.scan')} fileLabel={t('files.authorization.pick')} />
          {files.length > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {t('files.authorization.chosen', { count: files.length })}: {files.map((file) => file.name).join(', ')}
            </Typography.Text>
          )}
          <UploadList items={uploads.items} onRetry={(id) => void uploads.retry(id)} onDismiss={uploads.dismiss} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
