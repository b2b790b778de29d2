import { Button, Card, Checkbox, Col, Form, Grid, Input, Row, Select } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateWorkOrder, type WorkOrderCreate } from '@/features/work-orders/api/create-work-order';
import type { WorkOrder, WorkOrderChannel, WorkOrderPriority, WorkOrderType } from '@/features/work-orders/api/list-work-orders';
import type { UnitLookupItem } from '@/features/work-orders/api/lookup-units';
import { CallerPicker } from '@/features/work-orders/components/CallerPicker';
import { DuplicateWarning } from '@/features/work-orders/components/DuplicateWarning';
import { applyRenamedFieldErrors } from '@/features/work-orders/components/field-errors';
import { FormProblem } from '@/components/FormProblem';
import { CATEGORIES, CHANNELS, PRIORITIES, TYPES } from '@/features/work-orders/components/labels';
import { useCategoryLabel } from '@/features/work-orders/components/Tags';
import { UnitPicker } from '@/features/work-orders/components/UnitPicker';
import { newIdempotencyKey } from '@/lib/api/client';
import type { FieldError } from '@/lib/problem';

type Values = {
  unitId?: string;
  commonArea?: boolean;
  location?: string;
  type?: WorkOrderType;
  category?: string;
  priority?: WorkOrderPriority;
  channel?: WorkOrderChannel;
  title?: string;
  description?: string;
  reporterName?: string;
  reporterPhone?: string;
};
const FIELDS = ['unitId', 'location', 'type', 'category', 'priority', 'channel', 'title', 'description', 'reporterName', 'reporterPhone'] as const;
const RENAME = { 'reporter.name': 'reporterName', 'reporter.phone': 'reporterPhone' };
const DAY = 24 * 60 * 60_000;

/** Enter in a one-line input moves to the next field (a phone call is typed, not clicked). */
function enterMovesOn(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
  if (target.getAttribute('role') === 'combobox' || target.type === 'checkbox') return;
  const focusable = Array.from(
    event.currentTarget.querySelectorAll<HTMLElement>('input:not([disabled]):not([type=hidden]), textarea:not([disabled])'),
  ).filter((element) => element.tabIndex >= 0);
  const index = focusable.indexOf(target);
  const next = focusable[index + 1];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * Registration of a work order, made for a phone call (AGENT, MANAGER, ADMIN): one search box finds the unit from
 * what the caller says (unit, name or phone), its residents offer the caller as reporter, and its open and recent
 * orders warn of a duplicate.
 */
export function WorkOrderForm({ projectId, onCreated }: { projectId: string; onCreated: (order: WorkOrder) => void }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const [form] = Form.useForm<Values>();
  const create = useCreateWorkOrder();
  // One key per form instance: a double click or a retry of the same registration creates one order.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [createdFrom] = useState(() => new Date(Date.now() - 30 * DAY).toISOString());
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [match, setMatch] = useState<UnitLookupItem | undefined>();
  const commonArea = Form.useWatch('commonArea', form) ?? false;
  const unitId = Form.useWatch('unitId', form);
  const wide = Grid.useBreakpoint().md === true;
  const unitRef = useRef<{ focus: () => void } | null>(null);

  useEffect(() => {
    unitRef.current?.focus();
  }, []);

  const submit = async (values: Values) => {
    setUnmatched([]);
    const location = values.location?.trim();
    const description = values.description?.trim();
    const body: WorkOrderCreate = {
      projectId,
      ...(!values.commonArea && values.unitId ? { unitId: values.unitId } : {}),
      ...(location ? { location } : {}),
      type: values.type ?? 'REPAIR',
      category: values.category ?? '',
      priority: values.priority ?? 'NORMAL',
      channel: values.channel ?? 'PHONE',
      title: (values.title ?? '').trim(),
      ...(description ? { description } : {}),
      reporter: { name: (values.reporterName ?? '').trim(), phone: (values.reporterPhone ?? '').trim() },
    };
    try {
      const order = await create.mutateAsync({ body, idempotencyKey });
      onCreated(order);
    } catch (error) {
      setUnmatched(applyRenamedFieldErrors(form, error, FIELDS, RENAME));
    }
  };

  const required = { required: true, whitespace: true, message: t('forms.required') };

  return (
    <Card>
      <Form<Values>
        form={form}
        name="work-order-new"
        layout="vertical"
        initialValues={{ type: 'REPAIR', priority: 'NORMAL', channel: 'PHONE', commonArea: false }}
        onFinish={(values) => void submit(values)}
        onKeyDown={enterMovesOn}
        onValuesChange={() => {
          if (create.error) create.reset();
        }}
      >
        <FormProblem error={create.error} unmatched={unmatched} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="unitId"
              label={t('workOrders.fields.unit')}
              rules={[{ required: !commonArea, message: t('workOrders.form.unitOrArea') }]}
              extra={t('workOrders.form.unitHint')}
            >
              <UnitPicker
                ref={(instance) => {
                  unitRef.current = instance;
                }}
                projectId={projectId}
                onItem={setMatch}
                allowClear
                disabled={commonArea}
                data-testid="unit-picker"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="commonArea" valuePropName="checked" label={wide ? ' ' : undefined} colon={false}>
              <Checkbox
                onChange={(event) => {
                  if (event.target.checked) form.setFieldValue('unitId', undefined);
                }}
              >
                {t('workOrders.form.commonArea')}
              </Checkbox>
            </Form.Item>
          </Col>
        </Row>
        {!commonArea && match && match.unit.id === unitId && (
          <CallerPicker
            key={match.unit.id}
            projectId={projectId}
            item={match}
            onPick={(caller) => form.setFieldsValue({ reporterName: caller.name, reporterPhone: caller.phone })}
          />
        )}
        {!commonArea && unitId && <DuplicateWarning projectId={projectId} unitId={unitId} createdFrom={createdFrom} />}
        <Form.Item
          name="location"
          label={commonArea ? t('workOrders.fields.location') : t('workOrders.form.locationInUnit')}
          rules={commonArea ? [required, { max: 200, message: t('forms.maxLength', { count: 200 }) }] : [{ max: 200, message: t('forms.maxLength', { count: 200 }) }]}
        >
          <Input autoComplete="off" placeholder={commonArea ? t('workOrders.form.locationPlaceholder') : undefined} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="type" label={t('workOrders.fields.type')} rules={[{ required: true, message: t('forms.required') }]}>
              <Select options={TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="category" label={t('workOrders.fields.category')} rules={[{ required: true, message: t('forms.required') }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }))}
                data-testid="category-picker"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="priority" label={t('workOrders.fields.priority')}>
              <Select options={PRIORITIES.map((value) => ({ value, label: t(`workOrders.priority.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="channel" label={t('workOrders.fields.channel')}>
              <Select options={CHANNELS.map((value) => ({ value, label: t(`workOrders.channel.${value}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('workOrders.fields.title')} rules={[required, { max: 200, message: t('forms.maxLength', { count: 200 }) }]}>
          <Input autoComplete="off" placeholder={t('workOrders.form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('workOrders.fields.description')} rules={[{ max: 4000, message: t('forms.maxLength', { count: 4000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="reporterName" label={t('workOrders.fields.reporterName')} rules={[required, { max: 50, message: t('forms.maxLength', { count: 50 }) }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="reporterPhone"
              label={t('workOrders.fields.reporterPhone')}
              rules={[required, { pattern: /^[0-9+ -]{5,20}$/, message: t('workOrders.form.phonePattern') }]}
            >
              <Input type="tel" inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={create.isPending} size="large" block>
          {t('workOrders.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
