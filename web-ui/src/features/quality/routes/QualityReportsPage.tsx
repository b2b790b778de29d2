import { Card, Result, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useTimeZone } from '@/components/TimeZone';
import '@/components/report-sheet.css';
import { exportReport, useQualityReport, type ReportKind } from '@/features/quality/api/reports';
import { MonthlyReport } from '@/features/quality/components/reports/MonthlyReport';
import { periodDays, periodIn, periodParam, type PeriodKind } from '@/features/quality/components/periods';
import { QuarterlyReport } from '@/features/quality/components/reports/QuarterlyReport';
import { PeriodStepper, ReportToolbar } from '@/features/quality/components/reports/ReportParts';
import '@/features/quality/components/reports/reports.css';
import { WeeklyReport } from '@/features/quality/components/reports/WeeklyReport';
import { useUpdateSearchParams } from '@/lib/search-params';

const KINDS: Record<ReportKind, PeriodKind> = { weekly: 'week', monthly: 'month', quarterly: 'quarter' };

/**
 * /quality/reports — the periodic reports of the header's project: 投诉周报, 回访月报 and 季度统计分析 (?report=), each for a
 * period (?week= / ?month= / ?quarter=, default the last complete one in the project's zone), an A4 sheet when printed
 * (charts drawn without animation, in SVG) and an Excel download.
 */
export function QualityReportsPage({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const report: ReportKind = (['weekly', 'monthly', 'quarterly'] as const).find((k) => k === params.get('report')) ?? 'weekly';
  const kind = KINDS[report];
  const latest = periodIn(kind, new Date(), timeZone);
  const period = periodParam(kind, params.get(kind), latest);
  const weekly = useQualityReport('weekly', report === 'weekly' ? projectId : undefined, period);
  const monthly = useQualityReport('monthly', report === 'monthly' ? projectId : undefined, period);
  const quarterly = useQualityReport('quarterly', report === 'quarterly' ? projectId : undefined, period);
  const query = report === 'weekly' ? weekly : report === 'monthly' ? monthly : quarterly;

  if (!projectId) return <Result status="info" title={t('quality.reports.noProject')} />;
  const days = periodDays(kind, period);
  return (
    <div className="insp-report-page">
      <div className="insp-report-toolbar" style={{ marginBottom: 8 }}>
        <Segmented
          value={report}
          options={(['weekly', 'monthly', 'quarterly'] as const).map((k) => ({ value: k, label: t(`quality.reports.tab.${k}`) }))}
          onChange={(value) => update({ report: value === 'weekly' ? undefined : String(value) })}
          data-testid="report-tabs"
        />
      </div>
      <ReportToolbar
        stepper={<PeriodStepper kind={kind} period={period} latest={latest} onChange={(p) => update({ [kind]: p })} />}
        fetchFile={(lang) => exportReport(report, projectId, period, lang)}
        ready={query.data !== undefined}
      />
      {query.isError ? (
        <Card>
          <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      ) : report === 'weekly' && weekly.data ? (
        <WeeklyReport report={weekly.data} first={days.first} last={days.last} />
      ) : report === 'monthly' && monthly.data ? (
        <MonthlyReport report={monthly.data} />
      ) : report === 'quarterly' && quarterly.data ? (
        <QuarterlyReport report={quarterly.data} />
      ) : (
        <Card loading />
      )}
    </div>
  );
}
