import type { WorkOrderStats } from '@/features/work-orders/api/get-work-order-stats';
import type { WorkOrderStatus } from '@/features/work-orders/api/list-work-orders';
import type { ChartOption } from '@/features/work-orders/components/Chart';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const FONT = { fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" };
const BLUE = '#1677ff';
const GREEN = '#52c41a';
const ORANGE = '#fa8c16';
const PURPLE = '#722ed1';

/** The status tags' colours (labels.ts), as chart colours. */
export const STATUS_CHART_COLORS: Record<WorkOrderStatus, string> = {
  NEW: '#1677ff',
  ASSIGNED: '#2f54eb',
  IN_PROGRESS: '#13c2c2',
  ON_HOLD: '#fa8c16',
  COMPLETED: '#36cfc9',
  CLOSED: '#52c41a',
  REOPENED: '#eb2f96',
  CANCELLED: '#bfbfbf',
};

/** A trend point's first day as "11/24" (its own date; no time zone shift). */
export function trendAxisLabel(start: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${start}T00:00:00Z`));
}

const percent = (rate: number | undefined) => (rate === undefined ? null : Math.round(rate * 1000) / 10);

/**
 * Registered and completed orders per day or week (bars, top) and, on the same dates, the share
 * resolved on time and the mean satisfaction (lines, bottom). Two grids rather than three y-axes,
 * so every axis has a scale that can be read on a phone. Days without data leave a gap in a line.
 */
export function trendOption(stats: WorkOrderStats, t: Translate, locale: string, compact: boolean): ChartOption {
  const dates = stats.trend.map((point) => trendAxisLabel(point.start, locale));
  const names = {
    registered: t('workOrders.stats.trend.registered'),
    completed: t('workOrders.stats.trend.completed'),
    onTime: t('workOrders.stats.trend.resolutionOnTime'),
    satisfaction: t('workOrders.stats.trend.satisfaction'),
  };
  const side = compact ? 8 : 16;
  const xAxis = (gridIndex: number) => ({
    type: 'category' as const,
    gridIndex,
    data: dates,
    axisTick: { alignWithLabel: true },
    axisLabel: { show: gridIndex === 1, hideOverlap: true },
  });
  return {
    textStyle: FONT,
    color: [BLUE, GREEN, ORANGE, PURPLE],
    // A plain legend wraps onto a second line on a phone rather than hiding entries behind arrows.
    legend: { top: 0, data: [names.registered, names.completed, names.onTime, names.satisfaction] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'line' }, confine: true },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: [
      { left: side, right: side, top: compact ? 84 : 44, height: compact ? '30%' : '36%' },
      { left: side, right: side, top: '62%', bottom: 8 },
    ],
    xAxis: [xAxis(0), xAxis(1)],
    yAxis: [
      { type: 'value', gridIndex: 0, minInterval: 1, name: t('workOrders.stats.trend.orders'), nameTextStyle: { align: 'left' } },
      { type: 'value', gridIndex: 1, min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%' } },
      { type: 'value', gridIndex: 1, min: 1, max: 5, interval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: names.registered, type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: stats.trend.map((point) => point.registered) },
      { name: names.completed, type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: stats.trend.map((point) => point.completed) },
      {
        name: names.onTime,
        type: 'line',
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: stats.trend.map((point) => percent(point.resolutionOnTimeRate)),
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? `${value}%` : '—') },
      },
      {
        name: names.satisfaction,
        type: 'line',
        xAxisIndex: 1,
        yAxisIndex: 2,
        data: stats.trend.map((point) => point.meanSatisfaction ?? null),
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? value.toFixed(2) : '—') },
      },
    ],
  };
}

/** Counts as horizontal bars, most first from the top (long Chinese labels stay readable on a phone). */
export function countBarOption(counts: WorkOrderStats['byCategory'], label: (key: string) => string, colorOf?: (key: string) => string): ChartOption {
  const rows = [...counts].reverse(); // the y axis runs bottom-up
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: 8, right: 32, top: 8, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1, splitNumber: 3 },
    yAxis: { type: 'category', data: rows.map((row) => label(row.key)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
        data: rows.map((row) => ({ value: row.count, itemStyle: { color: colorOf?.(row.key) ?? BLUE } })),
      },
    ],
  };
}

/** Shares as a doughnut with "label count" beside each slice. */
export function shareOption(counts: WorkOrderStats['byType'], label: (key: string) => string): ChartOption {
  return {
    textStyle: FONT,
    color: [BLUE, '#eb2f96', '#13c2c2', ORANGE, PURPLE, GREEN],
    tooltip: { trigger: 'item', confine: true, formatter: '{b}: {c} ({d}%)' },
    series: [
      {
        type: 'pie',
        radius: ['38%', '62%'],
        avoidLabelOverlap: true,
        // Labels at the chart's edges, so a big slice's label never runs out of a narrow card.
        label: { formatter: '{b}\n{c}', alignTo: 'edge', edgeDistance: 8, lineHeight: 16 },
        labelLine: { length: 8, length2: 0 },
        data: counts.map((row) => ({ name: label(row.key), value: row.count })),
      },
    ],
  };
}

/** The height a bar chart needs for its rows. */
export function barChartHeight(rows: number): number {
  return Math.max(120, rows * 30 + 24);
}
