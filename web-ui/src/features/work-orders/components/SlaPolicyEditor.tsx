import { Alert, App, Button, Card, Flex, Form, Grid, InputNumber, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlaPolicy } from '@/features/work-orders/api/get-sla-policy';
import { useReplaceSlaPolicy } from '@/features/work-orders/api/replace-sla-policy';
import { FormProblem } from '@/components/FormProblem';
import { TYPES } from '@/features/work-orders/components/labels';
import { DEADLINE_UNITS, deadlineProblem, respondsAfterResolving, ruleFieldOf, toDeadline, toRuleRows, toRules, type DeadlineValue, type RuleRow } from '@/features/work-orders/components/sla-policy';
import { PriorityTag } from '@/features/work-orders/components/Tags';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { isApiError, type FieldError } from '@/lib/problem';

type Values = { rules: RuleRow[] };
type Kind = 'response' | 'resolution';

/** "15 分钟", "4 小时", "3 天", "当日 24 点前". */
export function useFormatDeadline() {
  const { t } = useTranslation();
  return (value: DeadlineValue) =>
    value.unit === 'endOfDay'
      ? value.amount === 0
        ? t('workOrders.slaSettings.endOfSameDay')
        : t('workOrders.slaSettings.endOfDayLater', { count: value.amount ?? 0 })
      : t(`workOrders.slaSettings.amount.${value.unit}`, { count: value.amount ?? 0 });
}

/** An amount and a unit; "end of day" also says in words what the number means. */
function DeadlineInput({ value, onChange, label, id }: { value?: DeadlineValue; onChange?: (value: DeadlineValue) => void; label: string; id?: string }) {
  const { t } = useTranslation();
  const format = useFormatDeadline();
  const current = value ?? { amount: null, unit: 'hours' };
  return (
    <div>
      <Space.Compact style={{ width: '100%', maxWidth: 240 }}>
        <InputNumber<number>
          id={id}
          value={current.amount}
          min={0}
          precision={0}
          style={{ width: '45%' }}
          aria-label={label}
          onChange={(amount) => onChange?.({ ...current, amount })}
        />
        <Select<DeadlineValue['unit']>
          value={current.unit}
          style={{ width: '55%' }}
          aria-label={t('workOrders.slaSettings.unitOf', { what: label })}
          popupMatchSelectWidth={false}
          onChange={(unit) => onChange?.({ ...current, unit })}
          options={DEADLINE_UNITS.map((unit) => ({ value: unit, label: t(`workOrders.slaSettings.unit.${unit}`) }))}
        />
      </Space.Compact>
      {current.unit === 'endOfDay' && current.amount !== null && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {format(current)}
        </Typography.Text>
      )}
    </div>
  );
}

/** Save and discard, enabled once a deadline differs from the saved one. Watching here keeps a keystroke from re-rendering the whole table. */
function SaveButtons({ initial, saving, onDiscard }: { initial: readonly RuleRow[]; saving: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  const watched = Form.useWatch<Pick<RuleRow, Kind>[] | undefined>('rules');
  // The watched rows hold only the fields on screen (the deadlines), so compare those.
  const deadlines = (rows: readonly Pick<RuleRow, Kind>[]) => JSON.stringify(rows.map((row) => [toDeadline(row.response), toDeadline(row.resolution)]));
  const dirty = watched !== undefined && deadlines(watched) !== deadlines(initial);
  return (
    <Space>
      <Button onClick={onDiscard} disabled={!dirty}>
        {t('workOrders.slaSettings.discard')}
      </Button>
      <Button type="primary" htmlType="submit" loading={saving} disabled={!dirty}>
        {t('common.save')}
      </Button>
    </Space>
  );
}

/**
 * The project's SLA time limits, one row per type × priority, in minutes, hours, days or "end of
 * the day"; MANAGER and ADMIN edit and save the whole table (PUT), others read it.
 */
export function SlaPolicyEditor({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const format = useFormatDeadline();
  const [form] = Form.useForm<Values>();
  const policy = useSlaPolicy(projectId);
  const replace = useReplaceSlaPolicy(projectId);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const initial = useMemo(() => (policy.data ? toRuleRows(policy.data.rules) : undefined), [policy.data]);

  // A saved policy comes back as the new starting point (the first one is the form's initialValues).
  useEffect(() => {
    if (initial) form.setFieldsValue({ rules: initial });
  }, [initial, form]);

  const save = async () => {
    setUnmatched([]);
    // getFieldValue: the rows' type and priority have no field of their own, so they are not in onFinish's values.
    const rows = form.getFieldValue('rules') as RuleRow[];
    try {
      await replace.mutateAsync(toRules(rows));
      void message.success(t('workOrders.slaSettings.saved'));
    } catch (error) {
      if (!isApiError(error) || error.status !== 400) return;
      const rest: FieldError[] = [];
      const byField = new Map<string, { name: ['rules', number, Kind]; errors: string[] }>();
      for (const item of error.fieldErrors) {
        const name = ruleFieldOf(item.field);
        if (!name) rest.push(item);
        else byField.set(name.join('.'), { name, errors: [...(byField.get(name.join('.'))?.errors ?? []), item.message] });
      }
      form.setFields([...byField.values()].map((field) => ({ name: field.name as never, errors: field.errors })));
      setUnmatched(rest);
    }
  };

  if (policy.isError) return <QueryErrorResult error={policy.error} onRetry={() => void policy.refetch()} />;
  if (!initial) return <Skeleton active />;

  const labelOf = (row: RuleRow, kind: Kind) =>
    `${t(`workOrders.type.${row.type}`)} · ${t(`workOrders.priority.${row.priority}`)} · ${t(`workOrders.slaSettings.${kind}`)}`;
  const problems = {
    required: t('forms.required'),
    tooShort: t('workOrders.slaSettings.tooShort'),
    tooLong: t('workOrders.slaSettings.tooLong'),
    afterResolution: t('workOrders.slaSettings.afterResolution'),
  };
  const cell = (index: number, kind: Kind) => {
    const row = initial[index];
    if (!row) return null;
    if (!canEdit) return format(row[kind]);
    return (
      <Form.Item
        name={['rules', index, kind]}
        style={{ margin: 0 }}
        // The response is checked against the resolution of its row: changing either re-checks it.
        dependencies={kind === 'response' ? [['rules', index, 'resolution']] : undefined}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: DeadlineValue | undefined) => {
              const problem =
                deadlineProblem(value) ??
                (kind === 'response' && respondsAfterResolving(value, getFieldValue(['rules', index, 'resolution']) as DeadlineValue | undefined)
                  ? 'afterResolution'
                  : undefined);
              return problem ? Promise.reject(new Error(problems[problem])) : Promise.resolve();
            },
          }),
        ]}
      >
        <DeadlineInput label={labelOf(row, kind)} />
      </Form.Item>
    );
  };

  const columns: ColumnsType<RuleRow & { index: number }> = [
    {
      key: 'type',
      title: t('workOrders.fields.type'),
      render: (_, row) => <Typography.Text strong>{t(`workOrders.type.${row.type}`)}</Typography.Text>,
      // One cell per type over its four priorities.
      onCell: (row) => ({ rowSpan: row.index % 4 === 0 ? 4 : 0 }),
    },
    { key: 'priority', title: t('workOrders.fields.priority'), render: (_, row) => <PriorityTag priority={row.priority} /> },
    { key: 'response', title: t('workOrders.slaSettings.response'), render: (_, row) => cell(row.index, 'response') },
    { key: 'resolution', title: t('workOrders.slaSettings.resolution'), render: (_, row) => cell(row.index, 'resolution') },
  ];

  return (
    <Form<Values> form={form} initialValues={{ rules: initial }} onFinish={() => void save()} name="sla-policy" disabled={replace.isPending}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          {policy.data?.customized ? <Tag color="blue">{t('workOrders.slaSettings.customized')}</Tag> : <Tag>{t('workOrders.slaSettings.defaults')}</Tag>}
          <Typography.Text type="secondary">{t('workOrders.slaSettings.appliesTo')}</Typography.Text>
        </Space>
        {canEdit && <SaveButtons initial={initial} saving={replace.isPending} onDiscard={() => form.setFieldsValue({ rules: initial })} />}
      </Flex>
      {!canEdit && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('workOrders.slaSettings.readOnly')} />}
      <FormProblem error={replace.error} unmatched={unmatched} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('workOrders.slaSettings.responseHint')}
      </Typography.Paragraph>
      {phone ? (
        <Flex vertical gap={12}>
          {TYPES.map((type, typeIndex) => (
            <Card key={type} size="small" title={t(`workOrders.type.${type}`)} data-testid={`sla-type-${type}`}>
              <Flex vertical gap={12}>
                {initial.slice(typeIndex * 4, typeIndex * 4 + 4).map((row, offset) => (
                  <div key={row.priority}>
                    <PriorityTag priority={row.priority} />
                    {(['response', 'resolution'] as const).map((kind) => (
                      <Flex key={kind} align="center" gap={8} style={{ marginTop: 6 }}>
                        <Typography.Text type="secondary" style={{ width: 40, flex: 'none', fontSize: 13 }}>
                          {t(`workOrders.slaSettings.${kind}Short`)}
                        </Typography.Text>
                        <div style={{ flex: 1 }}>{cell(typeIndex * 4 + offset, kind)}</div>
                      </Flex>
                    ))}
                  </div>
                ))}
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<RuleRow & { index: number }>
          rowKey={(row) => `${row.type}-${row.priority}`}
          size="small"
          bordered
          columns={columns}
          dataSource={initial.map((row, index) => ({ ...row, index }))}
          pagination={false}
          data-testid="sla-table"
        />
      )}
    </Form>
  );
}
