import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatDateTime } from '@/components/TimeZone';
import { exportInspection } from '@/features/inspections/api/export-inspection';
import { useInspection } from '@/features/inspections/api/get-inspection';
import { FindingList } from '@/features/inspections/components/FindingList';
import { InspectionFacts } from '@/features/inspections/components/InspectionFacts';
import { useLocalized } from '@/features/inspections/components/labels';
import { findingsOf } from '@/features/inspections/components/rubric';
import { ScoreHeadline } from '@/features/inspections/components/ScoreHeadline';
import { ScoreTables } from '@/features/inspections/components/ScoreTables';
import { XlsxDownloadButton } from '@/components/XlsxDownloadButton';
import '@/components/report-sheet.css';
import type { Schemas } from '@/lib/api/client';
import { useFollowProject } from '@/lib/selected-project';

/**
 * /inspections/:inspectionId/report — the 督导报告 of one inspection as an A4 page: what was inspected, the score and
 * grade with what the band carries, scores per section and item, every deduction with note and photos, and the
 * rectifications raised. The browser prints it (report-sheet.css: A4, none of the app around it).
 */
export function InspectionReportPage({ projects }: { projects: readonly Schemas['ProjectRef'][] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const formatTime = useFormatDateTime();
  const { inspectionId = '' } = useParams();
  const query = useInspection(inspectionId);
  const inspection = query.data?.inspection;
  useFollowProject(inspection?.projectId);
  if (query.isError) {
    return (
      <Card>
        <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!inspection) return <Card loading />;
  const project = projects.find((candidate) => candidate.id === inspection.projectId);
  const findings = findingsOf(inspection);
  const raised = findings.filter((finding) => finding.result.rectification).length;

  return (
    <div className="insp-report-page">
      <Flex justify="space-between" gap={8} wrap className="insp-report-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(`/inspections/${inspection.id}`)}>
          {t('inspections.report.back')}
        </Button>
        <Flex gap={8} wrap>
          <XlsxDownloadButton fetchFile={(lang) => exportInspection(inspection.id, lang)} testId="report-xlsx" />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-report">
            {t('inspections.report.print')}
          </Button>
        </Flex>
      </Flex>
      <article className="insp-report" data-testid="inspection-report">
        <header className="insp-report-head">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('inspections.report.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {project ? `${project.code} ${project.name} · ` : ''}
            {inspection.code}
          </Typography.Text>
        </header>
        <section>
          <InspectionFacts inspection={inspection} projectName={project?.name} column={2} />
        </section>
        <section className="insp-report-score">
          <ScoreHeadline total={inspection.score.total} grade={inspection.score.grade} teamBonus={inspection.score.teamBonus} consequence={inspection.score.consequence} provisional={inspection.status !== 'SUBMITTED'} />
          <Typography.Text type="secondary">
            {t('inspections.detail.counts', { findings: inspection.score.findingCount, answered: inspection.score.answeredCount, total: inspection.score.checkPointCount })} ·{' '}
            {t('inspections.report.raised', { count: raised })}
          </Typography.Text>
        </section>
        <section>
          <Typography.Title level={5}>{t('inspections.detail.findings', { count: findings.length })}</Typography.Title>
          <FindingList inspectionId={inspection.id} findings={findings} printable />
        </section>
        <section>
          <Typography.Title level={5}>{t('inspections.detail.scores')}</Typography.Title>
          <ScoreTables inspection={inspection} expandAll />
        </section>
        {inspection.summary && (
          <section>
            <Typography.Title level={5}>{t('inspections.fields.summary')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{inspection.summary}</Typography.Paragraph>
          </section>
        )}
        <footer className="insp-report-foot">
          <span>
            {t('inspections.report.inspector')}: {inspection.inspectorName}
          </span>
          <span>{t('inspections.report.signature')}: ____________</span>
          <span>
            {t('inspections.report.printedAt')}: {formatTime(new Date().toISOString())}
          </span>
          <span>{localized(inspection.templateName)} v{inspection.templateVersionNumber}</span>
        </footer>
      </article>
    </div>
  );
}
