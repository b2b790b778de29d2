import { Alert, Card, Flex, Grid, Segmented, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { NoneGroupTags } from '@/components/NoneGroupTags';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatShortDateTime, useTimeZone } from '@/components/TimeZone';
import { useWorkOrderCounts } from '@/features/work-orders/api/count-work-orders';
import { useWorkOrders, type WorkOrder, type WorkOrderPriority, type WorkOrderType } from '@/features/work-orders/api/list-work-orders';
import { DueCell, whereOf } from '@/features/work-orders/components/DueCell';
import {
  isFiltered,
  LIST_PARAMS,
  readListState,
  STATUS_TABS,
  tabCount,
  toCountFilters,
  toFilters,
  viewCount,
  VIEWS,
  type StatusTab,
} from '@/features/work-orders/components/filters';
import { isOneOf, STATUSES } from '@/features/work-orders/components/labels';
import { PriorityTag, StatusTag, useCategoryLabel } from '@/features/work-orders/components/Tags';
import { WorkOrderCard } from '@/features/work-orders/components/WorkOrderCard';
import { WorkOrderFilterBar } from '@/features/work-orders/components/WorkOrderFilterBar';
import { useUpdateSearchParams } from '@/lib/search-params';

/** The return visit's due time, red once it has passed (待回访). */
function ReturnVisitDue({ order }: { order: WorkOrder }) {
  const formatTime = useFormatShortDateTime();
  const [now] = useState(Date.now);
  const due = order.sla.returnVisitDueAt;
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  const late = Date.parse(due) < now;
  return (
    <Typography.Text type={late ? 'danger' : undefined} strong={late} style={{ whiteSpace: 'nowrap' }} data-testid="return-visit-due">
      {formatTime(due)}
    </Typography.Text>
  );
}

/**
 * The work orders of the selected project: the desk's views (all with status tabs, 待回访, 待改派 / 返修, 超时)
 * with their counts, filters and a search, all held in the URL; a table on wide screens and cards on a phone;
 * "load more"; export of the view.
 */
export function WorkOrderList({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const formatTime = useFormatShortDateTime();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const categoryLabel = useCategoryLabel();
  const [params] = useSearchParams();
  const state = readListState(params);
  const timeZone = useTimeZone();
  const filters = toFilters(state, projectId, timeZone);
  const orders = useWorkOrders(filters);
  const counts = useWorkOrderCounts(toCountFilters(state, projectId, timeZone)).data;
  const update = useUpdateSearchParams();

  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = isFiltered(state);

  const columns: ColumnsType<WorkOrder> = [
    {
      title: t('workOrders.fields.code'),
      dataIndex: 'code',
      render: (code: string, order) => (
        <Link to={`/work-orders/${order.id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {code}
        </Link>
      ),
    },
    {
      title: t('workOrders.fields.title'),
      dataIndex: 'title',
      // Long titles and places are cut with a tooltip, so that every column fits 1440 px (the SLA column was cut off).
      render: (title: string) => (
        <Typography.Text ellipsis={{ tooltip: title }} style={{ maxWidth: 172 }}>
          {title}
        </Typography.Text>
      ),
    },
    {
      title: t('workOrders.fields.where'),
      key: 'where',
      render: (_: unknown, order) => (
        <Typography.Text ellipsis={{ tooltip: whereOf(order) }} style={{ maxWidth: 150 }}>
          {whereOf(order)}
        </Typography.Text>
      ),
    },
    {
      // The category under the type (one column, not two: the list fits 1440 px).
      title: t('workOrders.fields.type'),
      dataIndex: 'type',
      render: (value: WorkOrderType, order) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {t(`workOrders.type.${value}`)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {categoryLabel(order.category)}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('workOrders.fields.priority'), dataIndex: 'priority', render: (value: WorkOrderPriority) => <PriorityTag priority={value} /> },
    { title: t('workOrders.fields.status'), dataIndex: 'status', render: (_: unknown, order) => <StatusTag status={order.status} /> },
    { title: t('workOrders.fields.assignee'), dataIndex: 'assigneeName', render: (name?: string) => name ?? '—' },
    {
      title: t('workOrders.fields.createdAt'),
      dataIndex: 'createdAt',
      render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</span>,
    },
    ...(state.view === 'returnVisit'
      ? [{ title: t('workOrders.fields.returnVisitDueAt'), key: 'returnVisitDue', render: (_: unknown, order: WorkOrder) => <ReturnVisitDue order={order} /> }]
      : [{ title: t('workOrders.fields.due'), key: 'due', render: (_: unknown, order: WorkOrder) => <DueCell order={order} /> }]),
    ...(state.view === 'rework' ? [{ title: t('workOrders.fields.reopenCount'), dataIndex: 'reopenCount', key: 'reopenCount' }] : []),
  ];

  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      {/* On a phone the views scroll sideways rather than cut their names and counts short. */}
      <div style={{ overflowX: 'auto', margin: '8px 0' }}>
        <Segmented<string>
          value={state.view}
          onChange={(view) => update({ [LIST_PARAMS.view]: view === 'all' ? undefined : view, [LIST_PARAMS.tab]: undefined })}
          options={VIEWS.map((view) => {
            const count = counts ? viewCount(view, counts) : undefined;
            return {
              value: view,
              label: (
                <span data-testid={`view-${view}`}>
                  {t(`workOrders.views.${view}`)}
                  {count !== undefined && count > 0 && (
                    <Typography.Text type={view === 'all' ? 'secondary' : 'danger'} style={{ fontSize: 12, marginInlineStart: 4 }}>
                      {count}
                    </Typography.Text>
                  )}
                </span>
              ),
            };
          })}
          data-testid="views"
        />
      </div>
      {state.view === 'all' ? (
        <Tabs
          activeKey={state.tab}
          onChange={(key) => update({ [LIST_PARAMS.tab]: key === 'all' ? undefined : key })}
          items={STATUS_TABS.map((tab: StatusTab) => ({
            key: tab,
            label: (
              <span data-testid={`tab-${tab}`}>
                {isOneOf(STATUSES, tab) ? t(`workOrders.status.${tab}`) : t(`workOrders.tabs.${tab}`)}
                {counts && (
                  <>
                    {' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {tabCount(tab, counts)}
                    </Typography.Text>
                  </>
                )}
              </span>
            ),
          }))}
          data-testid="status-tabs"
        />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t(`workOrders.views.${state.view}Hint`)} data-testid="view-hint" />
      )}
      <WorkOrderFilterBar state={state} projectId={projectId} filters={filters} counts={counts} />
      {(state.late || state.rework || state.withoutUnit || state.unassigned) && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="drill-filters">
          {state.late && (
            <Tag closable color="red" onClose={() => update({ [LIST_PARAMS.late]: undefined })}>
              {t(state.late === 'response' ? 'workOrders.list.lateResponse' : 'workOrders.list.lateResolution')}
            </Tag>
          )}
          {state.rework && (
            <Tag closable color="orange" onClose={() => update({ [LIST_PARAMS.rework]: undefined })}>
              {t('workOrders.list.reworkOnly')}
            </Tag>
          )}
          <NoneGroupTags withoutUnit={state.withoutUnit} unassigned={state.unassigned} onRemove={(param) => update({ [param]: undefined })} />
        </Flex>
      )}
      {orders.isError ? (
        <QueryErrorResult error={orders.error} onRetry={() => void orders.refetch()} />
      ) : phone ? (
        <Flex vertical gap={8}>
          {orders.isPending && <Card loading size="small" />}
          {!orders.isPending && items.length === 0 && (
            <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 24 }}>
              {filtered ? t('workOrders.list.noneMatching') : t('workOrders.list.none')}
            </Typography.Text>
          )}
          {items.map((order) => (
            <WorkOrderCard key={order.id} order={order}>
              {state.view === 'returnVisit' && (
                <Flex gap={8} style={{ marginTop: 6 }}>
                  <Typography.Text type="secondary">{t('workOrders.fields.returnVisitDueAt')}</Typography.Text>
                  <ReturnVisitDue order={order} />
                </Flex>
              )}
            </WorkOrderCard>
          ))}
        </Flex>
      ) : (
        <Table<WorkOrder>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={orders.isPending || (orders.isPlaceholderData && orders.isFetching)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(order) => ({
            onClick: (event) => {
              if ((event.target as HTMLElement).closest('a')) return;
              void navigate(`/work-orders/${order.id}`);
            },
            style: { cursor: 'pointer' },
            'data-testid': 'work-order-row',
          })}
          locale={{ emptyText: filtered ? t('workOrders.list.noneMatching') : t('workOrders.list.none') }}
        />
      )}
      <LoadMore shown={items.length} hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onLoadMore={() => void orders.fetchNextPage()} />
    </Card>
  );
}
