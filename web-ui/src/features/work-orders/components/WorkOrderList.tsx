import { Badge, Card, Col, Flex, Grid, Input, Row, Select, Switch, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useWorkOrderCounts } from '@/features/work-orders/api/count-work-orders';
import { useWorkOrders, type WorkOrder, type WorkOrderPriority, type WorkOrderType } from '@/features/work-orders/api/list-work-orders';
import { DueCell, whereOf } from '@/features/work-orders/components/DueCell';
import { LIST_PARAMS, readListState, STATUS_TABS, tabCount, toCountFilters, toFilters, type StatusTab } from '@/features/work-orders/components/filters';
import { CATEGORIES, isOneOf, PRIORITIES, STATUSES, TYPES } from '@/features/work-orders/components/labels';
import { PriorityTag, StatusTag, useCategoryLabel } from '@/features/work-orders/components/Tags';
import { WorkOrderCard } from '@/features/work-orders/components/WorkOrderCard';
import { formatDateTime } from '@/lib/format';
import { useUpdateSearchParams } from '@/lib/search-params';

/**
 * The work orders of the selected project: status tabs with counts, type, category, priority, overdue
 * and a quick search, all held in the URL; a table on wide screens and cards on a phone; "load more".
 */
export function WorkOrderList({ projectId }: { projectId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const categoryLabel = useCategoryLabel();
  const [params] = useSearchParams();
  const state = readListState(params);
  const orders = useWorkOrders(toFilters(state, projectId));
  const counts = useWorkOrderCounts(toCountFilters(state, projectId)).data;
  const [search, setSearch] = useState(state.q);

  const update = useUpdateSearchParams();

  useEffect(() => setSearch(state.q), [state.q]);
  useEffect(() => {
    if (search === state.q) return;
    const timer = window.setTimeout(() => update({ [LIST_PARAMS.q]: search.trim() || undefined }), 300);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = state.type || state.category || state.priority || state.overdue || state.q || state.tab !== 'all';

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
      render: (title: string) => (
        <Typography.Text ellipsis style={{ maxWidth: 280 }}>
          {title}
        </Typography.Text>
      ),
    },
    { title: t('workOrders.fields.where'), key: 'where', render: (_: unknown, order) => whereOf(order) },
    { title: t('workOrders.fields.type'), dataIndex: 'type', render: (value: WorkOrderType) => t(`workOrders.type.${value}`) },
    { title: t('workOrders.fields.category'), dataIndex: 'category', responsive: ['lg'], render: (value: string) => categoryLabel(value) },
    { title: t('workOrders.fields.priority'), dataIndex: 'priority', render: (value: WorkOrderPriority) => <PriorityTag priority={value} /> },
    { title: t('workOrders.fields.status'), dataIndex: 'status', render: (_: unknown, order) => <StatusTag status={order.status} /> },
    { title: t('workOrders.fields.assignee'), dataIndex: 'assigneeName', render: (name?: string) => name ?? '—' },
    {
      title: t('workOrders.fields.createdAt'),
      dataIndex: 'createdAt',
      render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value, i18n.language)}</span>,
    },
    { title: t('workOrders.fields.due'), key: 'due', render: (_: unknown, order) => <DueCell order={order} /> },
  ];

  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
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
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={8} lg={6}>
          <Input.Search
            allowClear
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => update({ [LIST_PARAMS.q]: value.trim() || undefined })}
            placeholder={t('workOrders.list.searchPlaceholder')}
            aria-label={t('workOrders.list.search')}
            maxLength={100}
          />
        </Col>
        <Col xs={12} md={5} lg={4}>
          <Select
            style={{ width: '100%' }}
            allowClear
            value={state.type}
            placeholder={t('workOrders.list.allTypes')}
            aria-label={t('workOrders.fields.type')}
            onChange={(value?: string) => update({ [LIST_PARAMS.type]: value })}
            options={TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) }))}
          />
        </Col>
        <Col xs={12} md={5} lg={4}>
          <Select
            style={{ width: '100%' }}
            allowClear
            showSearch
            optionFilterProp="label"
            value={state.category}
            placeholder={t('workOrders.list.allCategories')}
            aria-label={t('workOrders.fields.category')}
            onChange={(value?: string) => update({ [LIST_PARAMS.category]: value })}
            options={CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }))}
          />
        </Col>
        <Col xs={12} md={4} lg={4}>
          <Select
            style={{ width: '100%' }}
            allowClear
            value={state.priority}
            placeholder={t('workOrders.list.allPriorities')}
            aria-label={t('workOrders.fields.priority')}
            onChange={(value?: string) => update({ [LIST_PARAMS.priority]: value })}
            options={PRIORITIES.map((value) => ({ value, label: t(`workOrders.priority.${value}`) }))}
          />
        </Col>
        <Col xs={12} md={2} lg={6}>
          <Flex align="center" gap={8} style={{ height: 32 }}>
            <Switch
              checked={state.overdue}
              onChange={(checked) => update({ [LIST_PARAMS.overdue]: checked ? '1' : undefined })}
              aria-label={t('workOrders.list.overdueOnly')}
              id="wo-overdue"
            />
            <label htmlFor="wo-overdue" style={{ whiteSpace: 'nowrap' }}>
              {t('workOrders.list.overdueOnly')}
            </label>
            {counts && counts.overdue > 0 && <Badge count={counts.overdue} overflowCount={9999} title={t('workOrders.list.overdueCount', { count: counts.overdue })} />}
          </Flex>
        </Col>
      </Row>
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
            <WorkOrderCard key={order.id} order={order} />
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
