import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatShortDateTime, useTimeZone } from '@/components/TimeZone';
import type { ReturnVisitFigures, ReturnVisitMonthlyReport } from '@/features/quality/api/reports';
import { OrderLink, ReportChart, ReportSheet, Section, Tile } from '@/features/quality/components/reports/ReportParts';
import { FigureLink } from '@/features/quality/components/FigureLink';
import { formatValue } from '@/features/quality/components/metrics';

/** 回访月报: the month's return visits in total, the scores' spread, per building and technician, and the unsatisfied ones. */
export function MonthlyReport({ report }: { report: ReturnVisitMonthlyReport }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const formatTime = useFormatShortDateTime();
  const rate = (v?: number) => formatValue('returnVisitCoverage', v, i18n.language);
  const mean = (v?: number) => formatValue('meanSatisfaction', v, i18n.language);
  const totals = report.totals;
  const groupColumns: ColumnsType<ReturnVisitFigures> = [
    {
      title: t('quality.reports.col.group'),
      dataIndex: 'label',
      render: (label: string, g) => (
        <FigureLink drill={g.drillDown} timeZone={timeZone}>
          {g.key === 'none' ? t('quality.reports.monthly.none') : label}
        </FigureLink>
      ),
    },
    { title: t('quality.reports.monthly.completed'), dataIndex: 'completed', align: 'right' },
    { title: t('quality.reports.monthly.visited'), dataIndex: 'visited', align: 'right' },
    { title: t('quality.reports.monthly.coverage'), dataIndex: 'coverage', align: 'right', render: rate },
    { title: t('quality.reports.monthly.onTimeRate'), dataIndex: 'onTimeRate', align: 'right', render: rate },
    { title: t('quality.reports.monthly.meanSatisfaction'), dataIndex: 'meanSatisfaction', align: 'right', render: mean },
    { title: t('quality.reports.monthly.unsatisfied'), dataIndex: 'unsatisfied', align: 'right' },
  ];
  const named = (groups: ReturnVisitFigures[]) => groups.map((g) => (g.key === 'none' ? t('quality.reports.monthly.none') : g.label));
  return (
    <ReportSheet title={t('quality.reports.heading.monthly', { period: report.month })} period={report.period} kind="month" label={report.month}>
      <p style={{ color: '#595959', fontSize: 12 }}>{t('quality.reports.monthly.note')}</p>
      <section className="qr-tiles">
        <Tile label={t('quality.reports.monthly.completed')} value={totals.completed} />
        <Tile label={t('quality.reports.monthly.visited')} value={totals.visited} testId="monthly-visited" />
        <Tile label={t('quality.reports.monthly.coverage')} value={rate(totals.coverage)} />
        <Tile label={t('quality.reports.monthly.onTimeRate')} value={rate(totals.onTimeRate)} />
        <Tile label={t('quality.reports.monthly.meanSatisfaction')} value={mean(totals.meanSatisfaction)} />
        <Tile label={t('quality.reports.monthly.unsatisfied')} value={totals.unsatisfied} />
      </section>
      <section className="qr-charts">
        <ReportChart
          title={t('quality.reports.monthly.scores')}
          option={{
            grid: { left: 32, right: 8, top: 16, bottom: 24 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: report.satisfaction.map((s) => t('quality.reports.monthly.score', { score: s.score })) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              {
                type: 'bar',
                data: report.satisfaction.map((s) => ({ value: s.count, itemStyle: { color: s.score <= 2 ? '#cf1322' : s.score === 3 ? '#faad14' : '#52c41a' } })),
                label: { show: true, position: 'top' },
              },
            ],
          }}
        />
        <ReportChart
          title={`${t('quality.reports.monthly.byBuilding')} · ${t('quality.reports.monthly.coverage')} / ${t('quality.reports.monthly.onTimeRate')}`}
          option={{
            legend: { top: 0, itemWidth: 12 },
            grid: { left: 40, right: 8, top: 28, bottom: 24 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: named(report.byBuilding) },
            yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
            series: [
              { type: 'bar', name: t('quality.reports.monthly.coverage'), data: report.byBuilding.map((g) => pct(g.coverage)), color: '#1677ff' },
              { type: 'bar', name: t('quality.reports.monthly.onTimeRate'), data: report.byBuilding.map((g) => pct(g.onTimeRate)), color: '#52c41a' },
            ],
          }}
        />
      </section>
      <Section title={t('quality.reports.monthly.byBuilding')}>
        <Table size="small" pagination={false} rowKey="key" dataSource={report.byBuilding} scroll={{ x: 'max-content' }} columns={groupColumns} />
      </Section>
      <Section title={t('quality.reports.monthly.byAssignee')}>
        <Table size="small" pagination={false} rowKey="key" dataSource={report.byAssignee} scroll={{ x: 'max-content' }} columns={groupColumns} />
      </Section>
      <Section title={`${t('quality.reports.monthly.unsatisfiedList')} (${report.unsatisfied.length})`}>
        <Table
          size="small"
          pagination={false}
          rowKey={(v) => `${v.workOrderId}-${v.visitedAt}`}
          dataSource={report.unsatisfied}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('quality.reports.monthly.noUnsatisfied') }}
          data-testid="monthly-unsatisfied"
          columns={[
            { title: t('quality.reports.col.code'), dataIndex: 'code', render: (_, v) => <OrderLink id={v.workOrderId} code={v.code} /> },
            { title: t('quality.reports.col.title'), dataIndex: 'title' },
            { title: t('quality.reports.col.unit'), dataIndex: 'unitLabel', render: (v?: string) => v ?? '—' },
            { title: t('quality.reports.col.assignee'), dataIndex: 'assigneeName', render: (v?: string) => v ?? '—' },
            { title: t('quality.reports.monthly.visitedAt'), dataIndex: 'visitedAt', render: (v: string) => formatTime(v) },
            { title: '★', dataIndex: 'satisfaction', align: 'right' },
            { title: t('quality.reports.monthly.comment'), dataIndex: 'comment', render: (v?: string) => v ?? '—' },
            { title: t('quality.reports.monthly.statusNow'), dataIndex: 'status', render: (s: string) => t(`workOrders.status.${s}`, { defaultValue: s }) },
          ]}
        />
      </Section>
    </ReportSheet>
  );
}

function pct(v: number | undefined): number | null {
  return v === undefined || v === null ? null : Math.round(v * 1000) / 10;
}
