import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { WorkOrderAssigneeStats } from '@/features/work-orders/api/get-work-order-stats';
import { formatRate } from '@/features/work-orders/components/stats-format';
import { useFormatMinutes } from '@/lib/duration';

/** Sorts absent figures (no data) last, whichever way the column is sorted. */
function byNumber(pick: (row: WorkOrderAssigneeStats) => number | undefined) {
  return (a: WorkOrderAssigneeStats, b: WorkOrderAssigneeStats) => (pick(a) ?? -1) - (pick(b) ?? -1);
}

/** 返修率 and the rest per technician: who needs help, who is doing well. Columns sort; the name stays put on a phone. */
export function AssigneeStatsTable({ rows }: { rows: readonly WorkOrderAssigneeStats[] }) {
  const { t, i18n } = useTranslation();
  const minutes = useFormatMinutes();
  const rate = (value: number | undefined) => formatRate(value, i18n.language);
  const number = (key: keyof WorkOrderAssigneeStats, render: (row: WorkOrderAssigneeStats) => string) => ({
    key,
    title: t(`workOrders.stats.column.${key}`),
    align: 'right' as const,
    sorter: byNumber((row) => row[key] as number | undefined),
    render: (_: unknown, row: WorkOrderAssigneeStats) => <span style={{ whiteSpace: 'nowrap' }}>{render(row)}</span>,
  });

  const columns: ColumnsType<WorkOrderAssigneeStats> = [
    { key: 'assigneeName', title: t('workOrders.fields.assignee'), dataIndex: 'assigneeName', fixed: 'left', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    number('total', (row) => String(row.total)),
    number('completed', (row) => String(row.completed)),
    number('responseOnTimeRate', (row) => rate(row.responseOnTimeRate)),
    number('resolutionOnTimeRate', (row) => rate(row.resolutionOnTimeRate)),
    number('meanResponseMinutes', (row) => minutes(row.meanResponseMinutes)),
    number('meanResolutionMinutes', (row) => minutes(row.meanResolutionMinutes)),
    number('reworkRate', (row) => (row.reworkCount > 0 ? `${rate(row.reworkRate)} (${row.reworkCount})` : rate(row.reworkRate))),
    number('returnVisitRate', (row) => rate(row.returnVisitRate)),
    number('meanSatisfaction', (row) => (row.meanSatisfaction === undefined ? '—' : row.meanSatisfaction.toFixed(2))),
  ];
  return (
    <Table<WorkOrderAssigneeStats>
      rowKey="assigneeId"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={false}
      locale={{ emptyText: t('workOrders.stats.noAssignees') }}
      data-testid="assignee-stats"
    />
  );
}
