import { Form, Input, InputNumber, Modal, Select, Skeleton, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateKey, type KeyCreate } from '@/features/keys/api/create-key';
import { useKey } from '@/features/keys/api/get-key';
import type { Key, KeyType } from '@/features/keys/api/list-keys';
import { useProjectStaff } from '@/features/keys/api/list-project-staff';
import { useUnitSearch } from '@/features/keys/api/search-units';
import { useUpdateKey, type KeyUpdate } from '@/features/keys/api/update-key';
import { CabinetSlotFields } from '@/features/keys/components/CabinetSlotFields';
import { applyKeyFieldErrors } from '@/features/keys/components/field-errors';
import { isConcurrencyError } from '@/components/FormProblem';
import { KeyProblem } from '@/features/keys/components/KeyProblem';
import { KEY_TYPES } from '@/features/keys/components/labels';
import { newIdempotencyKey } from '@/lib/api/client';
import type { FieldError } from '@/lib/problem';

type Values = {
  code?: string;
  type?: KeyType;
  unitId?: string;
  facility?: string;
  copies?: number | null;
  cabinetId?: string;
  slot?: number | null;
  custodianId?: string;
};
const FIELDS = ['code', 'type', 'unitId', 'facility', 'copies', 'cabinetId', 'slot', 'custodianId'] as const;

function valuesOf(key: Key): Values {
  return {
    code: key.code,
    type: key.type,
    unitId: key.unitId,
    facility: key.facility,
    copies: key.copies,
    cabinetId: key.cabinetId,
    slot: key.slot ?? null,
    custodianId: key.custodianId,
  };
}

/** Only what changed: a cabinet or slot change moves the key (both are sent). */
export function keyChanges(before: Key, values: Values): KeyUpdate {
  const facility = values.facility?.trim();
  const moved = values.cabinetId !== before.cabinetId || (values.slot ?? undefined) !== before.slot;
  return {
    ...(before.type !== 'UNIT' && facility && facility !== before.facility ? { facility } : {}),
    ...(values.copies != null && values.copies !== before.copies ? { copies: values.copies } : {}),
    ...(moved && values.cabinetId && values.slot != null ? { cabinetId: values.cabinetId, slot: values.slot } : {}),
    ...(values.custodianId && values.custodianId !== before.custodianId ? { custodianId: values.custodianId } : {}),
  };
}

/**
 * Register a key in the ledger (POST, one Idempotency-Key per opened form) or edit one (PATCH with
 * If-Match). Mounted while open: each opening starts afresh.
 */
export function KeyFormModal({
  projectId,
  keyId,
  onClose,
  onCreated,
}: {
  projectId: string;
  /** Edit this key; register a new one when undefined. */
  keyId?: string | undefined;
  onClose: () => void;
  onCreated?: (key: Key) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const editing = keyId !== undefined;
  const current = useKey(keyId);
  const create = useCreateKey();
  const update = useUpdateKey(keyId ?? '');
  const mutation = editing ? update : create;
  const staff = useProjectStaff(projectId);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [unitQuery, setUnitQuery] = useState('');
  const [debouncedQuery, setDebouncedQuery] = useState('');
  const type = Form.useWatch('type', form);
  const units = useUnitSearch(projectId, debouncedQuery, !editing && type === 'UNIT');

  useEffect(() => {
    const timer = window.setTimeout(() => setDebouncedQuery(unitQuery.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [unitQuery]);

  useEffect(() => {
    if (editing && current.data) form.setFieldsValue(valuesOf(current.data.item));
  }, [editing, current.data, form]);

  const submit = async (values: Values) => {
    setUnmatched([]);
    try {
      if (editing) {
        if (!current.data) return;
        const changes = keyChanges(current.data.item, values);
        if (Object.keys(changes).length > 0) {
          await update.mutateAsync({ body: changes, ifMatch: current.data.etag ?? `"${String(current.data.item.version)}"` });
        }
        onClose();
        return;
      }
      const facility = values.facility?.trim();
      const body: KeyCreate = {
        projectId,
        code: (values.code ?? '').trim().toUpperCase(),
        type: values.type ?? 'UNIT',
        ...(values.type === 'UNIT' ? { unitId: values.unitId } : { facility }),
        copies: values.copies ?? 1,
        ...(values.cabinetId && values.slot != null ? { cabinetId: values.cabinetId, slot: values.slot } : {}),
        ...(values.custodianId ? { custodianId: values.custodianId } : {}),
      };
      const key = await create.mutateAsync({ body, idempotencyKey });
      onClose();
      onCreated?.(key);
    } catch (error) {
      setUnmatched(applyKeyFieldErrors(form, error, FIELDS));
    }
  };

  const reload = async () => {
    update.reset();
    const fresh = await current.refetch();
    if (fresh.data) form.setFieldsValue(valuesOf(fresh.data.item));
  };

  const required = { required: true, whitespace: true, message: t('forms.required') };
  return (
    <Modal
      open
      title={editing ? t('keys.form.editTitle', { code: current.data?.item.code ?? '' }) : t('keys.form.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ disabled: editing && !current.data }}
    >
      {editing && current.isPending ? (
        <Skeleton active />
      ) : (
        <Form<Values>
          form={form}
          name={editing ? 'key-edit' : 'key-new'}
          layout="vertical"
          initialValues={{ type: 'UNIT', copies: 1 }}
          onFinish={(values) => void submit(values)}
          onValuesChange={() => {
            if (mutation.error && !isConcurrencyError(mutation.error)) mutation.reset();
          }}
          requiredMark="optional"
        >
          <KeyProblem error={mutation.error} unmatched={unmatched} onReload={() => void reload()} />
          <Form.Item
            name="code"
            label={t('keys.fields.code')}
            extra={editing ? undefined : t('keys.form.codeHint')}
            rules={[required, { pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, message: t('keys.form.codePattern') }]}
          >
            <Input disabled={editing} autoComplete="off" autoFocus={!editing} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item name="type" label={t('keys.fields.type')} rules={[{ required: true, message: t('forms.required') }]}>
            <Select disabled={editing} options={KEY_TYPES.map((value) => ({ value, label: t(`keys.type.${value}`) }))} />
          </Form.Item>
          {type === 'UNIT' ? (
            <Form.Item name="unitId" label={t('keys.fields.unit')} rules={[{ required: !editing, message: t('forms.required') }]}>
              {editing ? (
                <Select disabled options={current.data ? [{ value: current.data.item.unitId, label: current.data.item.unitLabel }] : []} />
              ) : (
                <Select
                  showSearch
                  allowClear
                  filterOption={false}
                  onSearch={setUnitQuery}
                  notFoundContent={units.isFetching ? <Spin size="small" /> : t('keys.form.noUnits')}
                  placeholder={t('keys.form.unitPlaceholder')}
                  options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.label }))}
                  data-testid="unit-picker"
                />
              )}
            </Form.Item>
          ) : (
            <Form.Item name="facility" label={t('keys.fields.facility')} rules={[required, { max: 100, message: t('forms.maxLength', { count: 100 }) }]}>
              <Input autoComplete="off" placeholder={t('keys.form.facilityPlaceholder')} />
            </Form.Item>
          )}
          <Form.Item name="copies" label={t('keys.fields.copies')}>
            <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <CabinetSlotFields projectId={projectId} own={editing ? current.data?.item : undefined} />
          <Form.Item name="custodianId" label={t('keys.fields.custodian')} extra={t('keys.form.custodianHint')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={staff.isPending}
              options={(staff.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
