import { Alert, Button, Col, Flex, Form, Input, Radio, Row, Segmented, Select, Spin, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckOutKey, type KeyCheckout, type KeyCheckoutCreate } from '@/features/keys/api/check-out-key';
import type { Key } from '@/features/keys/api/list-keys';
import { APPROVER_ROLES, useProjectStaff } from '@/features/keys/api/list-project-staff';
import { useOpenWorkOrders } from '@/features/keys/api/search-open-work-orders';
import { dueAtFor, loanPresets } from '@/features/keys/components/due';
import { applyKeyFieldErrors } from '@/features/keys/components/field-errors';
import { formatDuration, useNow } from '@/lib/duration';
import { newIdempotencyKey } from '@/lib/api/client';
import { useFormatDateTime } from '@/components/TimeZone';
import { isApiError, type FieldError } from '@/lib/problem';

type BorrowerKind = 'staff' | 'external';
type Values = {
  borrowerUserId?: string;
  borrowerName?: string;
  borrowerPhone?: string;
  borrowerIdLast4?: string;
  borrowerCompany?: string;
  purpose?: string;
  workOrderId?: string;
  approvedById?: string;
  loanMinutes?: number;
  emergency?: boolean;
  emergencyReason?: string;
  notes?: string;
};
const FIELDS = [
  'borrowerUserId',
  'borrowerName',
  'borrowerPhone',
  'borrowerIdLast4',
  'borrowerCompany',
  'purpose',
  'workOrderId',
  'approvedById',
  'loanMinutes',
  'emergencyReason',
  'notes',
] as const;
const RENAME = { 'borrower.name': 'borrowerName', 'borrower.phone': 'borrowerPhone', 'borrower.idLast4': 'borrowerIdLast4', 'borrower.company': 'borrowerCompany', dueAt: 'loanMinutes' };

/**
 * Lending an AVAILABLE key at the counter: the borrower (staff, or an outside person who shows an
 * ID), purpose, the work order (UNIT keys, unless an emergency), a second person who approves, and
 * how long. Enter submits. A broken custody rule comes back as a 403 and is shown by the desk.
 */
export function CheckoutForm({
  keyItem,
  defaultApproverId,
  inspectionTaskId,
  onCheckedOut,
  onFailed,
}: {
  keyItem: Key;
  defaultApproverId: string | undefined;
  /** A patrol of the unit (an inspection task, from the vacant-unit register): the reason instead of a work order. */
  inspectionTaskId?: string | undefined;
  onCheckedOut: (checkout: KeyCheckout) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const [form] = Form.useForm<Values>();
  const checkOut = useCheckOutKey(keyItem.id);
  const staff = useProjectStaff(keyItem.projectId);
  // One key per attempt: a retry after a lost answer replays it; a rejected attempt (4xx) is over,
  // and the corrected one needs a new key (the same key with another body would be a 422).
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [kind, setKind] = useState<BorrowerKind>('staff');
  const [orderQuery, setOrderQuery] = useState('');
  const [debouncedOrderQuery, setDebouncedOrderQuery] = useState('');
  const unitKey = keyItem.type === 'UNIT';
  const orders = useOpenWorkOrders(keyItem.projectId, unitKey ? keyItem.unitId : undefined, debouncedOrderQuery);
  const emergency = Form.useWatch('emergency', form) ?? false;
  const borrowerUserId = Form.useWatch('borrowerUserId', form);
  const loanMinutes = Form.useWatch('loanMinutes', form) ?? keyItem.maxLoanMinutes;
  const now = useNow();

  useEffect(() => {
    const timer = window.setTimeout(() => setDebouncedOrderQuery(orderQuery.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [orderQuery]);

  const users = staff.data ?? [];
  const approvers = users.filter((user) => user.roles.some((role) => APPROVER_ROLES.includes(role)) && user.id !== borrowerUserId);
  const borrower = users.find((user) => user.id === borrowerUserId);
  const allowedRoles = keyItem.deposit?.allowedRoles;
  const borrowerNotAuthorized = unitKey && borrower !== undefined && allowedRoles !== undefined && !borrower.roles.some((role) => allowedRoles.includes(role));

  const submit = async (values: Values) => {
    setUnmatched([]);
    const trimmed = (value: string | undefined) => value?.trim() || undefined;
    const company = trimmed(values.borrowerCompany);
    const notes = trimmed(values.notes);
    const reason = trimmed(values.emergencyReason);
    const body: KeyCheckoutCreate = {
      ...(kind === 'staff'
        ? { borrowerUserId: values.borrowerUserId }
        : {
            borrower: {
              name: (values.borrowerName ?? '').trim(),
              phone: (values.borrowerPhone ?? '').trim(),
              idLast4: (values.borrowerIdLast4 ?? '').trim().toUpperCase(),
              ...(company ? { company } : {}),
            },
          }),
      purpose: (values.purpose ?? '').trim(),
      dueAt: dueAtFor(values.loanMinutes ?? keyItem.maxLoanMinutes, keyItem.maxLoanMinutes, Date.now()).toISOString(),
      approvedById: values.approvedById ?? '',
      ...(inspectionTaskId ? { inspectionTaskId } : values.workOrderId ? { workOrderId: values.workOrderId } : {}),
      emergency: values.emergency ?? false,
      ...(values.emergency ? { emergencyReason: reason } : {}),
      ...(notes ? { notes } : {}),
    };
    try {
      onCheckedOut(await checkOut.mutateAsync({ body, idempotencyKey }));
    } catch (error) {
      if (isApiError(error) && error.status < 500) setIdempotencyKey(newIdempotencyKey());
      setUnmatched(applyKeyFieldErrors(form, error, FIELDS, RENAME));
      onFailed(error);
    }
  };

  const required = { required: true, whitespace: true, message: t('forms.required') };
  const dueAt = dueAtFor(loanMinutes, keyItem.maxLoanMinutes, now);
  return (
    <Form<Values>
      form={form}
      name="key-checkout"
      layout="vertical"
      style={{ marginTop: 16 }}
      initialValues={{ approvedById: defaultApproverId, loanMinutes: keyItem.maxLoanMinutes, emergency: false }}
      onFinish={(values) => void submit(values)}
      data-testid="checkout-form"
    >
      {unmatched.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('forms.invalid')} description={unmatched.map((item) => `${item.field}: ${item.message}`).join('; ')} />
      )}
      <Form.Item label={t('keys.checkout.borrower')} style={{ marginBottom: 8 }}>
        <Segmented<BorrowerKind>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'staff', label: t('keys.checkout.staff') },
            { value: 'external', label: t('keys.checkout.external') },
          ]}
          data-testid="borrower-kind"
        />
      </Form.Item>
      <Row gutter={16}>
        {kind === 'staff' ? (
          <Col xs={24} md={12}>
            <Form.Item
              name="borrowerUserId"
              label={t('keys.checkout.staffBorrower')}
              rules={[{ required: true, message: t('forms.required') }]}
              validateStatus={borrowerNotAuthorized ? 'warning' : undefined}
              help={borrowerNotAuthorized ? t('keys.checkout.notAmongReceivers') : undefined}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={staff.isPending}
                placeholder={t('keys.checkout.pickStaff')}
                options={users.map((user) => ({
                  value: user.id,
                  label: t('keys.checkout.staffOption', { name: user.displayName, roles: user.roles.map((role) => t(`roles.${role}`)).join(t('keys.listSeparator')) }),
                }))}
                onChange={(value: string) => {
                  if (form.getFieldValue('approvedById') === value) form.setFieldValue('approvedById', undefined);
                }}
                data-testid="borrower-picker"
              />
            </Form.Item>
          </Col>
        ) : (
          <>
            <Col xs={24} sm={12} md={6}>
              <Form.Item name="borrowerName" label={t('keys.checkout.name')} rules={[required, { max: 100, message: t('forms.maxLength', { count: 100 }) }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item name="borrowerPhone" label={t('keys.checkout.phone')} rules={[required, { pattern: /^\+?[0-9 -]{5,20}$/, message: t('keys.form.phonePattern') }]}>
                <Input type="tel" inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8} md={4}>
              <Form.Item
                name="borrowerIdLast4"
                label={t('keys.checkout.idLast4')}
                rules={[required, { pattern: /^[0-9]{3}[0-9Xx]$/, message: t('keys.checkout.idLast4Pattern') }]}
              >
                <Input autoComplete="off" maxLength={4} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={16} md={8}>
              <Form.Item name="borrowerCompany" label={t('keys.checkout.company')} rules={[{ max: 100, message: t('forms.maxLength', { count: 100 }) }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={kind === 'staff' ? 12 : 24}>
          <Form.Item name="purpose" label={t('keys.checkout.purpose')} rules={[required, { max: 200, message: t('forms.maxLength', { count: 200 }) }]}>
            <Input autoComplete="off" placeholder={t('keys.checkout.purposePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {inspectionTaskId ? (
            <Form.Item label={t('keys.checkout.inspectionTask')}>
              <Alert type="info" showIcon message={t('keys.checkout.forPatrol', { unit: keyItem.unitLabel ?? '' })} data-testid="checkout-for-task" />
            </Form.Item>
          ) : (
          <Form.Item
            name="workOrderId"
            label={unitKey ? t('keys.checkout.workOrderForUnit', { unit: keyItem.unitLabel ?? '' }) : t('keys.checkout.workOrderOptional')}
            rules={[{ required: unitKey && !emergency, message: t('keys.checkout.workOrderRequired') }]}
          >
            <Select
              showSearch
              allowClear
              filterOption={false}
              onSearch={setOrderQuery}
              loading={orders.isFetching}
              notFoundContent={orders.isFetching ? <Spin size="small" /> : t('keys.checkout.noOpenOrders')}
              placeholder={t('keys.checkout.pickWorkOrder')}
              options={(orders.data ?? []).map((order) => ({ value: order.id, label: `${order.code} · ${order.title}` }))}
              data-testid="work-order-picker"
            />
          </Form.Item>
          )}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="approvedById" label={t('keys.checkout.approver')} extra={t('keys.checkout.approverHint')} rules={[{ required: true, message: t('forms.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={staff.isPending}
              placeholder={t('keys.checkout.pickApprover')}
              options={approvers.map((user) => ({ value: user.id, label: user.displayName }))}
              data-testid="approver-picker"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="loanMinutes" label={t('keys.checkout.loanFor')} extra={t('keys.checkout.dueAt', { time: formatTime(dueAt.toISOString()) })}>
            <Radio.Group
              optionType="button"
              options={loanPresets(keyItem.maxLoanMinutes).map((minutes) => ({ value: minutes, label: formatDuration(minutes * 60_000, t) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="notes" label={t('keys.checkout.notes')} rules={[{ max: 500, message: t('forms.maxLength', { count: 500 }) }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Form.Item name="emergency" valuePropName="checked" noStyle>
          <Switch id="checkout-emergency" />
        </Form.Item>
        <label htmlFor="checkout-emergency">{t('keys.checkout.emergency')}</label>
        {unitKey && !emergency && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('keys.checkout.emergencyHint')}
          </Typography.Text>
        )}
      </Flex>
      {emergency && (
        <Form.Item name="emergencyReason" label={t('keys.checkout.emergencyReason')} rules={[required, { max: 200, message: t('forms.maxLength', { count: 200 }) }]}>
          <Input autoComplete="off" placeholder={t('keys.checkout.emergencyReasonPlaceholder')} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={checkOut.isPending} data-testid="checkout-submit">
        {t('keys.checkout.submit')}
      </Button>
      <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', marginTop: 4, fontSize: 12 }}>
        {t('keys.desk.enterSubmits')}
      </Typography.Text>
    </Form>
  );
}
