import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatDateTime, useTimeZone } from '@/components/TimeZone';
import { exportMonthlyBrief, useMonthlyBrief } from '@/features/inspections/api/monthly-brief';
import { briefMonth, monthIn } from '@/features/inspections/components/brief';
import { DeductionsTable, OverdueTable, RankingTable } from '@/features/inspections/components/BriefTables';
import { useLocalized } from '@/features/inspections/components/labels';
import { RectificationSummaryCards } from '@/features/inspections/components/RectificationSummaryCards';
import { XlsxDownloadButton } from '@/components/XlsxDownloadButton';
import '@/components/report-sheet.css';
import '@/features/inspections/components/brief.css';
import type { Schemas } from '@/lib/api/client';
import { useUpdateSearchParams } from '@/lib/search-params';

/** The page lists the ten most frequent deductions; the Excel file has the API's twenty. */
const TOP_SHOWN = 10;

/**
 * /inspections/monthly — the monthly brief (月度简报) of the caller's projects, or one: the ranking (评比) on the
 * customer-service score with the change from last month, the check points most often missing, the rectification
 * rates of the month and what was overdue at its end. Month and project in the URL; an A4 page when printed
 * (report-sheet.css), and an Excel download.
 */
export function MonthlyBriefPage({ projects }: { projects: readonly Schemas['ProjectRef'][] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatDateTime();
  const timeZone = useTimeZone();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const latest = monthIn(new Date(), timeZone);
  const month = briefMonth(params.get('month'), latest);
  const projectParam = params.get('project');
  const projectId = projects.some((project) => project.id === projectParam) ? (projectParam ?? undefined) : undefined;
  const query = useMonthlyBrief({ month, projectId });
  const brief = query.data;
  const codes = new Map((brief?.projects ?? []).map((project) => [project.projectId, project.projectCode]));
  const [year, monthNumber] = month.split('-');

  return (
    <div className="insp-report-page insp-brief-page">
      <Flex justify="space-between" gap={8} wrap className="insp-report-toolbar">
        <Flex gap={8} wrap>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(day) => day.format('YYYY-MM') > latest}
            onChange={(day) => update({ month: day ? day.format('YYYY-MM') : undefined })}
            aria-label={t('inspections.brief.month')}
            data-testid="brief-month"
          />
          <Select
            style={{ minWidth: 180 }}
            value={projectId ?? ''}
            onChange={(value: string) => update({ project: value || undefined })}
            options={[{ value: '', label: t('inspections.brief.allProjects') }, ...projects.map((project) => ({ value: project.id, label: `${project.code} ${project.name}` }))]}
            aria-label={t('inspections.brief.project')}
            data-testid="brief-project"
          />
        </Flex>
        <Flex gap={8} wrap>
          <XlsxDownloadButton fetchFile={(lang) => exportMonthlyBrief({ month, projectId }, lang)} testId="brief-xlsx" />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!brief}>
            {t('inspections.report.print')}
          </Button>
        </Flex>
      </Flex>
      {query.isError ? (
        <Card>
          <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      ) : !brief ? (
        <Card loading />
      ) : (
        <article className="insp-report insp-brief" data-testid="monthly-brief">
          <header className="insp-report-head">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('inspections.brief.title', { year, month: Number(monthNumber) })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {projectId ? `${codes.get(projectId) ?? ''} · ` : `${t('inspections.brief.allProjects')} · `}
              {t('inspections.brief.headline', { rubric: localized(brief.headlineTemplateName) })}
            </Typography.Text>
          </header>
          <section>
            <Typography.Title level={5}>{t('inspections.brief.ranking')}</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('inspections.brief.rankingNote')}
            </Typography.Paragraph>
            <RankingTable projects={brief.projects} />
          </section>
          <section>
            <Typography.Title level={5}>{t('inspections.brief.rectifications')}</Typography.Title>
            <RectificationSummaryCards
              summary={{ from: brief.from, to: brief.to, totals: brief.rectifications, bySection: [], byOwner: [] }}
              tips={{ rate: t('inspections.brief.rateTip'), onTime: t('inspections.summary.onTimeTip') }}
              showOverdue={false}
            />
          </section>
          <section>
            <Typography.Title level={5}>{t('inspections.brief.topDeductions')}</Typography.Title>
            <DeductionsTable deductions={brief.topDeductions.slice(0, TOP_SHOWN)} />
            {brief.topDeductions.length > TOP_SHOWN && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('inspections.brief.moreInExcel', { count: brief.topDeductions.length })}
              </Typography.Text>
            )}
          </section>
          <section>
            <Typography.Title level={5}>
              {t('inspections.brief.overdue', { count: brief.overdueCount })}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                {t('inspections.brief.asOf', { time: formatTime(brief.asOf) })}
              </Typography.Text>
            </Typography.Title>
            {brief.overdueCount > brief.overdue.length && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('inspections.brief.overdueCut', { shown: brief.overdue.length })} />}
            <OverdueTable items={brief.overdue} projectCodes={codes} />
          </section>
          <footer className="insp-report-foot">
            <span>{t('inspections.brief.period', { from: brief.from, to: brief.to })}</span>
            <span>
              {t('inspections.report.printedAt')}: {formatTime(new Date().toISOString())}
            </span>
          </footer>
        </article>
      )}
    </div>
  );
}
