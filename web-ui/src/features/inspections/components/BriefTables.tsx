import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Flex, Grid, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatShortDateTime } from '@/components/TimeZone';
import type { MonthlyBriefDeduction, MonthlyBriefProject } from '@/features/inspections/api/monthly-brief';
import type { Rectification } from '@/features/inspections/api/rectifications';
import { signedPoints, trendOf } from '@/features/inspections/components/brief';
import { GradeTag, percent, points, RectificationStatusTag, useLocalized } from '@/features/inspections/components/labels';

/** A score as the sheets write it: one decimal (93.0, 74.8). */
export function score(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(1);
}

const TREND_COLORS = { up: '#389e0d', down: '#cf1322', same: '#8c8c8c' } as const;

/** A change with its arrow: green up, red down, grey level; nothing when there is nothing to compare with. */
export function TrendMark({ delta, text, testId }: { delta: number | undefined; text: string; testId?: string }) {
  const trend = trendOf(delta);
  if (!trend) return <Typography.Text type="secondary">—</Typography.Text>;
  const Icon = trend === 'up' ? ArrowUpOutlined : trend === 'down' ? ArrowDownOutlined : MinusOutlined;
  return (
    <span style={{ color: TREND_COLORS[trend], whiteSpace: 'nowrap' }} data-testid={testId} data-trend={trend}>
      <Icon /> {text}
    </span>
  );
}

function RankCell({ row }: { row: MonthlyBriefProject }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <strong>{row.rank ?? '—'}</strong>{' '}
      {row.rankDelta !== undefined && <TrendMark delta={row.rankDelta} text={row.rankDelta === 0 ? '' : String(Math.abs(row.rankDelta))} testId="rank-trend" />}
    </span>
  );
}

function ScoreCell({ row }: { row: MonthlyBriefProject }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <strong data-testid="brief-score">{score(row.score)}</strong> <GradeTag grade={row.grade} />
    </span>
  );
}

function ChangeCell({ row }: { row: MonthlyBriefProject }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <TrendMark delta={row.scoreDelta} text={row.scoreDelta === undefined ? '' : signedPoints(row.scoreDelta)} testId="score-trend" />
      {row.previousScore !== undefined && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('inspections.brief.previous', { score: score(row.previousScore), rank: row.previousRank ?? '—' })}
        </Typography.Text>
      )}
    </span>
  );
}

/** 应查未查: the plan tasks due in the month not submitted by their due time, of those due (red when any). */
function MissedCell({ row, bare = false }: { row: MonthlyBriefProject; bare?: boolean }) {
  const { t } = useTranslation();
  const { missed, due } = row.tasks;
  return (
    <span style={{ whiteSpace: 'nowrap', color: missed > 0 ? '#cf1322' : undefined }} data-testid="brief-missed">
      {bare ? '' : `${t('inspections.brief.missed')} `}
      {due === 0 ? '—' : `${missed} / ${due}`}
    </span>
  );
}

function RubricMeans({ row }: { row: MonthlyBriefProject }) {
  const localized = useLocalized();
  return (
    <div style={{ minWidth: 150, fontSize: 12 }}>
      {row.templates.map((template) => (
        <div key={template.templateId}>
          {localized(template.templateName)} <strong>{score(template.meanTotal)}</strong>
          <Typography.Text type="secondary"> ×{template.inspectionCount}</Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** 评比: place (with its move), project, headline score and grade, change from last month, the rubrics' means, rates. Cards on a phone. */
export function RankingTable({ projects }: { projects: MonthlyBriefProject[] }) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  if (phone) {
    return (
      <div>
        {projects.length === 0 && <Typography.Text type="secondary">{t('inspections.brief.noProjects')}</Typography.Text>}
        {projects.map((row) => (
          <div key={row.projectId} className="insp-brief-card" data-testid="brief-ranking-row">
            <Flex justify="space-between" align="baseline" gap={8}>
              <span>
                <RankCell row={row} /> {row.projectCode} {row.projectName}
              </span>
              <ScoreCell row={row} />
            </Flex>
            <Flex justify="space-between" align="start" gap={8} style={{ margin: '4px 0' }}>
              <ChangeCell row={row} />
              <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'right' }}>
                {t('inspections.summary.rate')} {percent(row.rectifications.rectificationRate)}
                <br />
                {t('inspections.summary.onTime')} {percent(row.rectifications.onTimeRate)}
                <br />
                <MissedCell row={row} />
              </Typography.Text>
            </Flex>
            <RubricMeans row={row} />
          </div>
        ))}
      </div>
    );
  }
  const columns: ColumnsType<MonthlyBriefProject> = [
    { title: t('inspections.brief.rank'), key: 'rank', width: 64, render: (_: unknown, row) => <RankCell row={row} /> },
    { title: t('inspections.brief.project'), key: 'project', render: (_: unknown, row) => <span style={{ whiteSpace: 'nowrap' }}>{row.projectCode} {row.projectName}</span> },
    { title: t('inspections.brief.score'), key: 'score', align: 'right', render: (_: unknown, row) => <ScoreCell row={row} /> },
    { title: t('inspections.brief.change'), key: 'change', render: (_: unknown, row) => <ChangeCell row={row} /> },
    { title: t('inspections.brief.rubrics'), key: 'templates', render: (_: unknown, row) => <RubricMeans row={row} /> },
    { title: t('inspections.brief.findings'), dataIndex: 'findingCount', align: 'right' },
    { title: <Tooltip title={t('inspections.brief.missedTip')}>{t('inspections.brief.missed')}</Tooltip>, key: 'missed', align: 'right', render: (_: unknown, row) => <MissedCell row={row} bare /> },
    { title: t('inspections.summary.rate'), key: 'rate', align: 'right', render: (_: unknown, row) => percent(row.rectifications.rectificationRate) },
    { title: t('inspections.summary.onTime'), key: 'onTime', align: 'right', render: (_: unknown, row) => percent(row.rectifications.onTimeRate) },
  ];
  return (
    <Table<MonthlyBriefProject>
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="projectId"
      columns={columns}
      dataSource={projects}
      locale={{ emptyText: t('inspections.brief.noProjects') }}
      onRow={() => ({ 'data-testid': 'brief-ranking-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

/** The check points most often found missing, with how many projects and the points lost. */
export function DeductionsTable({ deductions }: { deductions: MonthlyBriefDeduction[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const columns: ColumnsType<MonthlyBriefDeduction> = [
    {
      title: t('inspections.fields.finding'),
      key: 'checkPoint',
      render: (_: unknown, row) => (
        <div style={{ minWidth: 200 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 4 }}>
            {row.checkPointCode}
          </Typography.Text>
          {localized(row.checkPointText)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {localized(row.templateName)} › {localized(row.sectionName)} › {localized(row.itemName)}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('inspections.brief.times'), dataIndex: 'count', align: 'right' },
    { title: t('inspections.brief.projects'), dataIndex: 'projectCount', align: 'right' },
    { title: t('inspections.brief.pointsLost'), key: 'lost', align: 'right', render: (_: unknown, row) => points(row.pointsLost) },
  ];
  return (
    <Table<MonthlyBriefDeduction>
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey={(row) => `${row.templateId}-${row.checkPointCode}`}
      columns={columns}
      dataSource={deductions}
      locale={{ emptyText: t('inspections.brief.noDeductions') }}
      onRow={() => ({ 'data-testid': 'brief-deduction-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

/** The rectifications overdue at the month's end: project, order, finding, owner, deadline, status. */
export function OverdueTable({ items, projectCodes }: { items: Rectification[]; projectCodes: Map<string, string> }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatShortDateTime();
  const columns: ColumnsType<Rectification> = [
    { title: t('inspections.brief.project'), key: 'project', render: (_: unknown, row) => projectCodes.get(row.projectId) ?? '' },
    {
      title: t('inspections.fields.workOrder'),
      key: 'order',
      render: (_: unknown, row) => (
        <Link to={`/work-orders/${row.workOrderId}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {row.workOrderCode}
        </Link>
      ),
    },
    {
      title: t('inspections.fields.finding'),
      key: 'finding',
      render: (_: unknown, row) => (
        <div style={{ minWidth: 180, maxWidth: 300 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 4 }}>
            {row.checkPointCode}
          </Typography.Text>
          {localized(row.findingText)}
        </div>
      ),
    },
    { title: t('inspections.fields.owner'), dataIndex: 'ownerName', render: (name: string) => <span style={{ whiteSpace: 'nowrap' }}>{name}</span> },
    { title: t('inspections.fields.deadline'), dataIndex: 'dueAt', render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</span> },
    { title: t('inspections.fields.rounds'), dataIndex: 'rounds', align: 'right' },
    { title: t('inspections.fields.status'), key: 'status', render: (_: unknown, row) => <RectificationStatusTag status={row.status} /> },
  ];
  return (
    <Table<Rectification>
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="id"
      columns={columns}
      dataSource={items}
      locale={{ emptyText: t('inspections.brief.noOverdue') }}
      onRow={() => ({ 'data-testid': 'brief-overdue-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
