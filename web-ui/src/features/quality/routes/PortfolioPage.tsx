import { Segmented, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useTimeZone } from '@/components/TimeZone';
import { useQualityOverview, type QualityGroup } from '@/features/quality/api/get-quality-overview';
import { FigureLink } from '@/features/quality/components/FigureLink';
import { ChangeArrow } from '@/features/quality/components/KpiCards';
import { formatValue, heat, KPIS } from '@/features/quality/components/metrics';
import { PERIODS, rollingPeriod } from '@/features/quality/routes/QualityPage';
import { useNow } from '@/lib/duration';
import { useUpdateSearchParams } from '@/lib/search-params';
import { setSelectedProjectId } from '@/lib/selected-project';

const COLUMNS = ['resolutionOnTimeRate', 'meanResponseMinutes', 'reworkRate', 'complaintsPer100Units', 'surveyIndex', 'inspectionScore', 'rectificationRate'] as const;

/** A project's standing: the mean over the KPIs of where it stands among the projects (0 worst … 100 best). */
export function standing(groups: readonly QualityGroup[]): Map<string, number> {
  const scores = new Map<string, number[]>();
  for (const key of KPIS) {
    const column = groups.map((g) => g.figures.find((f) => f.key === key)?.value);
    groups.forEach((g, i) => {
      const h = heat(key, column[i], column);
      if (h !== undefined) scores.set(g.projectId, [...(scores.get(g.projectId) ?? []), h]);
    });
  }
  return new Map([...scores].map(([id, s]) => [id, Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 1000) / 10]));
}

/** /quality/portfolio — 评比: every project of mine ranked, with the inspection grade and each figure's change. */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const period = PERIODS.find((p) => p === params.get('period')) ?? '30';
  const now = useNow(60_000);
  const overview = useQualityOverview({ ...rollingPeriod(Number(period), now), groupBy: 'project' });
  if (overview.isError) return <QueryErrorResult error={overview.error} onRetry={() => void overview.refetch()} />;
  const groups = overview.data?.groups ?? [];
  const ranks = standing(groups);
  const rows = [...groups].sort((a, b) => (ranks.get(b.projectId) ?? 0) - (ranks.get(a.projectId) ?? 0));
  return (
    <>
      <PageHeader
        title={t('quality.portfolio')}
        extra={
          <Segmented
            value={period}
            options={PERIODS.map((p) => ({ value: p, label: t('quality.lastDays', { days: p }) }))}
            onChange={(value) => update({ period: value === '30' ? undefined : String(value) })}
          />
        }
      />
      <Table
        rowKey="projectId"
        size="small"
        loading={overview.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: t('quality.rank'), key: 'rank', width: 56, render: (_: unknown, __: QualityGroup, index: number) => index + 1 },
          {
            title: t('quality.project'),
            key: 'project',
            fixed: 'left',
            render: (_: unknown, g: QualityGroup) => (
              <Link to="/quality" onClick={() => setSelectedProjectId(g.projectId)}>
                {g.label}
              </Link>
            ),
          },
          {
            title: t('quality.standing'),
            key: 'standing',
            render: (_: unknown, g: QualityGroup) => <Typography.Text strong>{ranks.get(g.projectId) ?? '—'}</Typography.Text>,
          },
          {
            title: t('quality.gradeTitle'),
            key: 'grade',
            render: (_: unknown, g: QualityGroup) => {
              const grade = g.figures.find((f) => f.key === 'inspectionScore')?.grade;
              return grade ? <Tag color={grade === 'EXCELLENT' ? 'green' : grade === 'GOOD' ? 'blue' : 'red'}>{t(`quality.grade.${grade}`)}</Tag> : '—';
            },
          },
          ...COLUMNS.map((key) => ({
            title: t(`quality.metricShort.${key}`),
            key,
            render: (_: unknown, g: QualityGroup) => {
              const f = g.figures.find((fig) => fig.key === key);
              if (!f) return '—';
              return (
                <span style={{ whiteSpace: 'nowrap', color: f.meetsTarget === false ? '#cf1322' : undefined }}>
                  <FigureLink drill={f.drillDown} timeZone={timeZone}>
                    {formatValue(key, f.value, i18n.language)}
                  </FigureLink>{' '}
                  <ChangeArrow figure={f} />
                </span>
              );
            },
          })),
        ]}
      />
    </>
  );
}
