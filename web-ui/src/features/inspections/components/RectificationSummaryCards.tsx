import { Card, Col, Collapse, Row, Statistic, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationCounts, RectificationSummary } from '@/features/inspections/api/rectifications';
import { percent, useLocalized } from '@/features/inspections/components/labels';

/** The seeds' target for both rates (整改率 ≥ 90 %); below it the figure is red — a display choice, not a rule of the API. */
const TARGET = 0.9;

type Row = { key: string; name: string; counts: RectificationCounts };

/**
 * 整改率 and the on-time rate of the last 90 days (or the period `tips` name), with what is open, awaiting 复查 and
 * overdue; per section and owner below.
 */
export function RectificationSummaryCards({
  summary,
  tips,
  showOverdue = true,
}: {
  summary: RectificationSummary | undefined;
  tips?: { rate: string; onTime: string };
  showOverdue?: boolean;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const totals = summary?.totals;
  const rate = (value: number | undefined) => ({ color: value !== undefined && value < TARGET ? '#cf1322' : undefined });
  const kpis = [
    { key: 'rate', title: t('inspections.summary.rate'), tip: tips?.rate ?? t('inspections.summary.rateTip'), value: percent(totals?.rectificationRate), style: rate(totals?.rectificationRate) },
    { key: 'onTime', title: t('inspections.summary.onTime'), tip: tips?.onTime ?? t('inspections.summary.onTimeTip'), value: percent(totals?.onTimeRate), style: rate(totals?.onTimeRate) },
    { key: 'open', title: t('inspections.summary.open'), value: totals?.open ?? '—' },
    { key: 'awaiting', title: t('inspections.summary.awaiting'), value: totals?.awaitingReinspection ?? '—' },
    { key: 'overdue', title: t('inspections.summary.overdue'), value: totals?.overdue ?? '—', style: { color: totals?.overdue ? '#cf1322' : undefined } },
  ].filter((kpi) => showOverdue || kpi.key !== 'overdue');
  const columns = (label: string) => [
    { title: label, dataIndex: 'name' },
    { title: t('inspections.summary.raised'), key: 'raised', align: 'right' as const, render: (_: unknown, row: Row) => row.counts.raised },
    { title: t('inspections.summary.closed'), key: 'closed', align: 'right' as const, render: (_: unknown, row: Row) => row.counts.closed },
    { title: t('inspections.summary.overdue'), key: 'overdue', align: 'right' as const, render: (_: unknown, row: Row) => row.counts.overdue },
    { title: t('inspections.summary.rate'), key: 'rate', align: 'right' as const, render: (_: unknown, row: Row) => <span style={rate(row.counts.rectificationRate)}>{percent(row.counts.rectificationRate)}</span> },
    { title: t('inspections.summary.onTime'), key: 'onTime', align: 'right' as const, render: (_: unknown, row: Row) => <span style={rate(row.counts.onTimeRate)}>{percent(row.counts.onTimeRate)}</span> },
  ];
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="rectification-summary">
        {kpis.map((kpi) => (
          <Col key={kpi.key} xs={12} md={8} lg={{ flex: '1 1 0' }}>
            <Card size="small" loading={!summary}>
              <Statistic title={kpi.tip ? <Tooltip title={kpi.tip}>{kpi.title}</Tooltip> : kpi.title} value={kpi.value} valueStyle={kpi.style} data-testid={`kpi-${kpi.key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      {summary && (summary.bySection.length > 0 || summary.byOwner.length > 0) && (
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'breakdown',
              label: t('inspections.summary.breakdown'),
              children: (
                <Row gutter={[16, 16]}>
                  <Col xs={24} xl={12}>
                    <Table<Row> size="small" pagination={false} scroll={{ x: 'max-content' }} rowKey="key" columns={columns(t('inspections.fields.section'))} dataSource={summary.bySection.map((row) => ({ key: row.sectionCode, name: localized(row.sectionName), counts: row.counts }))} />
                  </Col>
                  <Col xs={24} xl={12}>
                    <Table<Row> size="small" pagination={false} scroll={{ x: 'max-content' }} rowKey="key" columns={columns(t('inspections.fields.owner'))} dataSource={summary.byOwner.map((row) => ({ key: row.ownerId, name: row.ownerName, counts: row.counts }))} />
                  </Col>
                </Row>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
