import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { versionedWorkOrderQueryOptions, type VersionedWorkOrder } from '@/features/work-orders/api/get-work-order';
import type { WorkOrder, WorkOrderPriority } from '@/features/work-orders/api/list-work-orders';
import { useUpdateWorkOrder, type WorkOrderUpdate } from '@/features/work-orders/api/update-work-order';
import { applyRenamedFieldErrors } from '@/features/work-orders/components/field-errors';
import { FormProblem, isConcurrencyError } from '@/components/FormProblem';
import { CATEGORIES, PRIORITIES } from '@/features/work-orders/components/labels';
import { useCategoryLabel } from '@/features/work-orders/components/Tags';
import { UnitPicker } from '@/features/work-orders/components/UnitPicker';
import type { FieldError } from '@/lib/problem';

type Values = { title: string; description?: string; category: string; priority: WorkOrderPriority; unitId?: string; location?: string };
const FIELDS = ['title', 'description', 'category', 'priority', 'unitId', 'location'] as const;

function valuesOf(order: WorkOrder): Values {
  return {
    title: order.title,
    description: order.description ?? '',
    category: order.category,
    priority: order.priority,
    unitId: order.unitId,
    location: order.location ?? '',
  };
}

/** Only what changed, trimmed; an emptied description is sent as "" (the API clears it). */
function changesOf(order: WorkOrder, values: Values): WorkOrderUpdate {
  const title = values.title.trim();
  const description = (values.description ?? '').trim();
  const location = (values.location ?? '').trim();
  return {
    ...(title !== order.title ? { title } : {}),
    ...(description !== (order.description ?? '') ? { description } : {}),
    ...(values.category !== order.category ? { category: values.category } : {}),
    ...(values.priority !== order.priority ? { priority: values.priority } : {}),
    ...(values.unitId && values.unitId !== order.unitId ? { unitId: values.unitId } : {}),
    ...(location && location !== (order.location ?? '') ? { location } : {}),
  };
}

/**
 * Edit an order (AGENT, MANAGER, ADMIN; the EDIT action): title, description, category, priority,
 * unit or location. Reads the order afresh when it opens and sends PATCH with its ETag; if someone
 * else saved in between (412) it says so and offers to reload. A new priority moves the SLA due
 * dates. The API cannot take a unit or a location away, so once set they can be changed, not cleared.
 */
export function EditWorkOrderDialog({ order, open, onClose }: { order: WorkOrder; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const update = useUpdateWorkOrder(order.id);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  // A snapshot, not a live query: an SSE-driven refetch must not overwrite what the user is typing.
  const [snapshot, setSnapshot] = useState<VersionedWorkOrder | undefined>();
  const loaded = snapshot?.item;

  const read = async () => {
    try {
      setSnapshot(await queryClient.fetchQuery(versionedWorkOrderQueryOptions(order.id)));
    } catch {
      onClose(); // the error policy has said why
    }
  };

  useEffect(() => {
    if (!open) return;
    setSnapshot(undefined);
    setUnmatched([]);
    update.reset();
    void read();
    // Reading afresh each time the dialog opens; the mutation's identity changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // Each snapshot (the dialog opening, a reload) starts the form over from its values.
  useEffect(() => {
    if (loaded) form.setFieldsValue(valuesOf(loaded));
  }, [loaded, form]);

  const submit = async (values: Values) => {
    if (!snapshot) return;
    setUnmatched([]);
    const changes = changesOf(snapshot.item, values);
    if (Object.keys(changes).length === 0) return onClose();
    try {
      await update.mutateAsync({ body: changes, ifMatch: snapshot.etag });
      onClose();
    } catch (error) {
      setUnmatched(applyRenamedFieldErrors(form, error, FIELDS));
    }
  };

  const reload = async () => {
    update.reset();
    await read();
  };

  const categories = loaded && !CATEGORIES.includes(loaded.category) ? [...CATEGORIES, loaded.category] : CATEGORIES;
  const maxLength = (count: number) => ({ max: count, message: t('forms.maxLength', { count }) });
  const required = { required: true, whitespace: true, message: t('forms.required') };
  return (
    <Modal
      open={open}
      title={t('workOrders.edit.title', { code: order.code })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      okButtonProps={{ disabled: !loaded || isConcurrencyError(update.error) }}
      destroyOnHidden
      forceRender
      width={640}
    >
      {!loaded ? (
        <Skeleton active />
      ) : (
        <Form<Values>
          form={form}
          name="work-order-edit"
          layout="vertical"
          onFinish={(values) => void submit(values)}
          onValuesChange={() => {
            // A validation or conflict message is stale once the user edits; "someone else changed it" stays until they reload.
            if (update.error && !isConcurrencyError(update.error)) update.reset();
          }}
        >
          <FormProblem error={update.error} unmatched={unmatched} onReload={() => void reload()} />
          <Form.Item name="title" label={t('workOrders.fields.title')} rules={[required, maxLength(200)]}>
            <Input autoComplete="off" autoFocus />
          </Form.Item>
          <Form.Item name="description" label={t('workOrders.fields.description')} rules={[maxLength(4000)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="category" label={t('workOrders.fields.category')} rules={[{ required: true, message: t('forms.required') }]}>
            <Select showSearch optionFilterProp="label" options={categories.map((value) => ({ value, label: categoryLabel(value) }))} />
          </Form.Item>
          <Form.Item name="priority" label={t('workOrders.fields.priority')} extra={t('workOrders.edit.priorityHint')}>
            <Select options={PRIORITIES.map((value) => ({ value, label: t(`workOrders.priority.${value}`) }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('workOrders.fields.unit')} extra={loaded.unitId ? t('workOrders.edit.unitKept') : undefined}>
            <UnitPicker
              projectId={loaded.projectId}
              current={loaded.unitId && loaded.unitLabel ? { id: loaded.unitId, label: loaded.unitLabel } : undefined}
              allowClear={!loaded.unitId}
              data-testid="edit-unit-picker"
            />
          </Form.Item>
          <Form.Item
            name="location"
            label={loaded.unitId ? t('workOrders.form.locationInUnit') : t('workOrders.fields.location')}
            rules={loaded.location ? [required, maxLength(200)] : [maxLength(200)]}
            extra={loaded.location ? t('workOrders.edit.locationKept') : undefined}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
