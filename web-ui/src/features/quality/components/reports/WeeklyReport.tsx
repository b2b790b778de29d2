import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatShortDateTime } from '@/components/TimeZone';
import type { ComplaintWeeklyReport, ReportComplaint } from '@/features/quality/api/reports';
import { OrderLink, ReportChart, ReportSheet, Section, Tile } from '@/features/quality/components/reports/ReportParts';

/** Where the work-order list shows a day range of one type (the list reads ?from&to&type). */
function ordersOf(first: string, last: string): string {
  return `/work-orders?type=COMPLAINT&from=${first}&to=${last}`;
}

/** 投诉周报: new, completed and open complaints, the days, ages and causes as charts, repeat units and the lists. */
export function WeeklyReport({ report, first, last }: { report: ComplaintWeeklyReport; first: string; last: string }) {
  const { t } = useTranslation();
  const formatTime = useFormatShortDateTime();
  const category = (c: string) => t(`workOrders.category.${c}`, { defaultValue: c });
  const columns = (open: boolean): ColumnsType<ReportComplaint> => [
    { title: t('quality.reports.col.code'), dataIndex: 'code', render: (_, c) => <OrderLink id={c.id} code={c.code} /> },
    { title: t('quality.reports.col.title'), dataIndex: 'title' },
    { title: t('quality.reports.col.category'), dataIndex: 'category', render: (c: string) => category(c) },
    { title: t('quality.reports.col.unit'), key: 'unit', render: (_, c) => c.unitLabel ?? c.location ?? '—' },
    { title: t('quality.reports.col.status'), dataIndex: 'status', render: (s: string) => t(`workOrders.status.${s}`, { defaultValue: s }) },
    { title: t('quality.reports.col.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
    open
      ? { title: t('quality.reports.col.ageDays'), dataIndex: 'ageDays', align: 'right' }
      : { title: t('quality.reports.col.resolution'), dataIndex: 'resolution', render: (v?: string) => v ?? '—' },
  ];
  const days = report.byDay.map((d) => d.date.slice(5));
  return (
    <ReportSheet title={t('quality.reports.heading.weekly', { period: report.week })} period={report.period} kind="week" label={report.week}>
      <section className="qr-tiles">
        <Tile label={t('quality.reports.weekly.registered')} value={report.registered} to={ordersOf(first, last)} testId="weekly-registered" />
        <Tile label={t('quality.reports.weekly.completed')} value={report.completed} />
        <Tile label={t('quality.reports.weekly.openAtEnd')} value={report.openAtEnd} />
      </section>
      <section className="qr-charts">
        <ReportChart
          title={t('quality.reports.weekly.byDay')}
          option={{
            legend: { top: 0, itemWidth: 12 },
            grid: { left: 32, right: 8, top: 28, bottom: 24 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: days },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              { type: 'bar', name: t('quality.reports.weekly.registered'), data: report.byDay.map((d) => d.registered), color: '#1677ff' },
              { type: 'bar', name: t('quality.reports.weekly.completed'), data: report.byDay.map((d) => d.completed), color: '#52c41a' },
            ],
          }}
        />
        <ReportChart
          title={t('quality.reports.weekly.byAge')}
          option={{
            grid: { left: 32, right: 8, top: 20, bottom: 24 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: report.openByAge.map((a) => t(`quality.reports.age.${a.age}`)) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data: report.openByAge.map((a) => a.count), color: '#fa8c16', label: { show: true, position: 'top' } }],
          }}
        />
      </section>
      <Section title={t('quality.reports.weekly.causes')} note={t('quality.reports.weekly.causesNote')}>
        {report.causes.length > 0 && (
          <ReportChart
            title={t('quality.reports.weekly.count')}
            height={Math.max(120, report.causes.length * 28 + 30)}
            option={{
              grid: { left: 90, right: 24, top: 8, bottom: 20 },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: { type: 'category', inverse: true, data: report.causes.map((c) => category(c.category)) },
              series: [{ type: 'bar', data: report.causes.map((c) => c.count), color: '#cf1322', label: { show: true, position: 'right' } }],
            }}
          />
        )}
        <Table
          size="small"
          pagination={false}
          rowKey="category"
          dataSource={report.causes}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('quality.reports.weekly.noneInWeek') }}
          columns={[
            { title: t('quality.reports.col.category'), dataIndex: 'category', render: (c: string) => category(c) },
            { title: t('quality.reports.weekly.count'), dataIndex: 'count', align: 'right' },
            { title: t('quality.reports.weekly.completed'), dataIndex: 'completed', align: 'right' },
            {
              title: t('quality.reports.weekly.notes'),
              dataIndex: 'notes',
              render: (notes: string[]) => (notes.length ? <ul className="qr-notes">{notes.map((n, i) => <li key={i}>{n}</li>)}</ul> : '—'),
            },
          ]}
        />
      </Section>
      <Section title={t('quality.reports.weekly.repeatUnits')}>
        <Table
          size="small"
          pagination={false}
          rowKey="unitId"
          dataSource={report.repeatUnits}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('quality.reports.col.unit'), dataIndex: 'unitLabel' },
            { title: t('quality.reports.col.building'), dataIndex: 'buildingName', render: (v?: string) => v ?? '—' },
            { title: t('quality.reports.weekly.count'), dataIndex: 'complaints', align: 'right' },
            { title: t('quality.reports.weekly.lastAt'), dataIndex: 'lastAt', render: (v: string) => formatTime(v) },
            {
              title: t('quality.reports.weekly.orders'),
              dataIndex: 'workOrderIds',
              render: (ids: string[]) => (
                <Typography.Text style={{ fontSize: 12 }}>
                  {ids.map((id, i) => (
                    <Link key={id} to={`/work-orders/${id}`} style={{ marginRight: 6 }}>
                      #{i + 1}
                    </Link>
                  ))}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Section>
      <Section title={`${t('quality.reports.weekly.complaints')} (${report.complaints.length})`}>
        <Table size="small" pagination={false} rowKey="id" dataSource={report.complaints} scroll={{ x: 'max-content' }} columns={columns(false)} data-testid="weekly-complaints" />
      </Section>
      <Section title={`${t('quality.reports.weekly.open')} (${report.openAtEnd})`}>
        <Table size="small" pagination={false} rowKey="id" dataSource={report.open} scroll={{ x: 'max-content' }} columns={columns(true)} />
      </Section>
    </ReportSheet>
  );
}
