import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { points, useLocalized } from '@/features/inspections/components/labels';
import type { Schemas } from '@/lib/api/client';

type Inspection = Schemas['Inspection'];

type Row = {
  key: string;
  code: string;
  name: string;
  weight?: number | undefined;
  kind?: Schemas['InspectionItemKind'];
  score: number | undefined;
  max: number;
  percent?: number | undefined;
  deductions?: number | undefined;
  applicable: boolean;
  children?: Row[];
};

/**
 * Scores per section (weight, score of its maximum, percentage) with its items below (score, deductions, kind); the
 * items of a section open under it. The detail page and the printed report share it.
 */
export function ScoreTables({ inspection, expandAll = false }: { inspection: Inspection; expandAll?: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const sectionScores = new Map(inspection.score.sections.map((score) => [score.sectionId, score]));
  const itemScores = new Map(inspection.score.items.map((score) => [score.itemId, score]));
  const rows: Row[] = inspection.template.sections.map((section) => {
    const score = sectionScores.get(section.id);
    return {
      key: section.id,
      code: section.code,
      name: localized(section.name),
      weight: section.weightPercent,
      score: score?.score,
      max: score?.max ?? section.maxPoints,
      percent: score?.percent,
      applicable: score?.applicable ?? true,
      children: section.items.map((item) => {
        const itemScore = itemScores.get(item.id);
        return {
          key: item.id,
          code: item.code,
          name: localized(item.name),
          kind: item.kind,
          score: itemScore?.score,
          max: itemScore?.max ?? item.maxPoints,
          deductions: itemScore?.deductions,
          applicable: itemScore?.applicable ?? true,
        };
      }),
    };
  });
  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      expandable={expandAll ? { defaultExpandAllRows: true, expandIcon: () => null, indentSize: 12 } : { indentSize: 12 }}
      rowKey="key"
      data-testid="score-table"
      columns={[
        {
          title: t('inspections.report.sectionOrItem'),
          key: 'name',
          render: (_: unknown, row) => (
            <span>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 4 }}>
                {row.code}
              </Typography.Text>
              {row.children ? <strong>{row.name}</strong> : row.name}
              {row.kind === 'PASS_FAIL' && (
                <Tag color="magenta" style={{ marginInlineStart: 6 }}>
                  {t('inspections.kind.PASS_FAIL')}
                </Tag>
              )}
            </span>
          ),
        },
        { title: t('inspections.report.weight'), key: 'weight', align: 'right', render: (_: unknown, row) => (row.weight !== undefined ? `${row.weight}%` : '') },
        {
          title: t('inspections.report.score'),
          key: 'score',
          align: 'right',
          render: (_: unknown, row) =>
            row.applicable ? (
              <Typography.Text type={row.score !== undefined && row.score < row.max ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {points(row.score)} / {points(row.max)}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('inspections.walk.notApplicable')}</Typography.Text>
            ),
        },
        { title: t('inspections.report.percent'), key: 'percent', align: 'right', render: (_: unknown, row) => (row.percent !== undefined ? `${row.percent.toFixed(1)}%` : '') },
        { title: t('inspections.report.deductions'), key: 'deductions', align: 'right', render: (_: unknown, row) => (row.deductions ? points(row.deductions) : '') },
      ]}
    />
  );
}
