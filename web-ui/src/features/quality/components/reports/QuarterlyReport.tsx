import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '@/components/TimeZone';
import type { QualityFigure } from '@/features/quality/api/get-quality-overview';
import { FigureLink } from '@/features/quality/components/FigureLink';
import { formatValue, METRICS, trendOf } from '@/features/quality/components/metrics';
import type { QuarterlyQualityReport } from '@/features/quality/api/reports';
import { ReportChart, ReportSheet, Section } from '@/features/quality/components/reports/ReportParts';

/** The figures charted month by month (rates in %, on one axis; the others have their own scales). */
const CHARTED = ['resolutionOnTimeRate', 'reworkRate', 'returnVisitOnTimeRate', 'rectificationRate'] as const;

type Row = { key: string; months: (QualityFigure | undefined)[]; total: QualityFigure };

/** 季度统计分析: each figure per month and for the quarter, with the previous quarter and the change; every value opens its records. */
export function QuarterlyReport({ report }: { report: QuarterlyQualityReport }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const format = (key: string, v: number | undefined) => formatValue(key, v, i18n.language);
  const rows: Row[] = report.total.map((total) => ({
    key: total.key,
    total,
    months: report.months.map((m) => m.figures.find((f) => f.key === total.key)),
  }));
  const cell = (f: QualityFigure | undefined) =>
    f ? (
      <FigureLink drill={f.drillDown} timeZone={timeZone}>
        {format(f.key, f.value)}
      </FigureLink>
    ) : (
      '—'
    );
  const arrow = (f: QualityFigure) => {
    const trend = trendOf(f);
    if (!trend) return null;
    if (trend === 'same') return <MinusOutlined style={{ color: '#8c8c8c' }} />;
    const up = (f.change ?? 0) > 0;
    const color = trend === 'better' ? '#389e0d' : '#cf1322';
    return up ? <ArrowUpOutlined style={{ color }} /> : <ArrowDownOutlined style={{ color }} />;
  };
  const months = report.months.map((m) => m.month);
  const figure = (month: number, key: string) => report.months[month]?.figures.find((f) => f.key === key)?.value;
  return (
    <ReportSheet title={t('quality.reports.heading.quarterly', { period: report.quarter })} period={report.period} kind="quarter" label={report.quarter}>
      <p style={{ color: '#595959', fontSize: 12 }}>{t('quality.reports.quarterly.note', { previous: report.previousQuarter })}</p>
      <section className="qr-charts">
        <ReportChart
          title={`${t('quality.reports.quarterly.chart')} · %`}
          option={{
            // A plain legend (it wraps): a scrolling one would print only its first page.
            legend: { top: 0, itemWidth: 12 },
            grid: { left: 40, right: 8, top: 56, bottom: 24 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: months },
            yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
            series: CHARTED.map((key) => ({
              type: 'bar' as const,
              name: t(`quality.metric.${key}`),
              data: months.map((_, i) => {
                const v = figure(i, key);
                return v === undefined || v === null ? null : Math.round(v * 1000) / 10;
              }),
            })),
          }}
          height={220}
        />
        <ReportChart
          title={`${t('quality.reports.quarterly.chart')} · ${t('quality.metric.ordersRegistered')} / ${t('quality.metric.complaints')}`}
          option={{
            legend: { top: 0, itemWidth: 12 },
            grid: { left: 40, right: 8, top: 28, bottom: 24 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: months },
            yAxis: { type: 'value', minInterval: 1 },
            series: (['ordersRegistered', 'complaints'] as const).map((key) => ({
              type: 'bar' as const,
              name: t(`quality.metric.${key}`),
              data: months.map((_, i) => figure(i, key) ?? null),
              label: { show: true, position: 'top' as const },
            })),
          }}
          height={220}
        />
      </section>
      <Section title={t('quality.reports.tab.quarterly')}>
        <Table<Row>
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          data-testid="quarterly-table"
          columns={[
            { title: t('quality.reports.quarterly.figure'), dataIndex: 'key', render: (key: string) => t(`quality.metric.${key}`) },
            ...months.map((month, i) => ({ title: month, key: month, align: 'right' as const, render: (_: unknown, r: Row) => cell(r.months[i]) })),
            { title: twoLines(t('quality.reports.quarterly.quarter'), report.quarter), key: 'total', align: 'right', render: (_, r) => <strong>{cell(r.total)}</strong> },
            { title: twoLines(t('quality.reports.quarterly.previous'), report.previousQuarter), key: 'previous', align: 'right', render: (_, r) => format(r.key, r.total.previous) },
            {
              title: t('quality.reports.quarterly.change'),
              key: 'change',
              align: 'right',
              render: (_, r) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {arrow(r.total)} {r.total.change === undefined || r.total.change === null ? '' : METRICS[r.key]?.kind === 'rate' ? `${(r.total.change * 100).toFixed(1)} pt` : format(r.key, r.total.change)}
                </span>
              ),
            },
            {
              title: t('quality.reports.quarterly.target'),
              key: 'target',
              align: 'right',
              render: (_, r) => (r.total.target === undefined || r.total.target === null ? '—' : `${r.total.targetDirection === 'AT_MOST' ? '≤' : '≥'} ${format(r.key, r.total.target)}`),
            },
          ]}
        />
      </Section>
    </ReportSheet>
  );
}

function twoLines(label: string, period: string) {
  return (
    <>
      {label}
      <br />
      {period}
    </>
  );
}
