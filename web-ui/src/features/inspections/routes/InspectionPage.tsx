import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useTimeZone } from '@/components/TimeZone';
import { exportInspection } from '@/features/inspections/api/export-inspection';
import type { Inspection } from '@/features/inspections/api/get-inspection';
import { useLiveInspections } from '@/features/inspections/api/live-updates';
import { FindingList } from '@/features/inspections/components/FindingList';
import { InspectionFacts } from '@/features/inspections/components/InspectionFacts';
import { InspectionWalker } from '@/features/inspections/components/InspectionWalker';
import { RaiseRectificationDialog, type Finding } from '@/features/inspections/components/RaiseRectificationDialog';
import { RepairOrderDialog } from '@/features/inspections/components/RepairOrderDialog';
import { findingsOf } from '@/features/inspections/components/rubric';
import { ScoreHeadline } from '@/features/inspections/components/ScoreHeadline';
import { ScoreTables } from '@/features/inspections/components/ScoreTables';
import { useInspectionDraft } from '@/features/inspections/components/use-inspection-draft';
import { XlsxDownloadButton } from '@/components/XlsxDownloadButton';
import type { Schemas } from '@/lib/api/client';
import { useFollowProject } from '@/lib/selected-project';

/**
 * /inspections/:inspectionId — its inspector walks a DRAFT (the checklist); everyone else, and everyone once it is
 * submitted, sees the detail: scores per section and item, every deduction with note and photos, the grade and what
 * it carries, and a rectification to raise from each finding.
 */
export function InspectionPage({ meId, canManage, projects }: { meId: string; canManage: boolean; projects: readonly Schemas['ProjectRef'][] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { inspectionId = '' } = useParams();
  const draft = useInspectionDraft(inspectionId);
  const inspection = draft.inspection;
  useFollowProject(inspection?.projectId);
  // A rectification raised, moved or re-inspected elsewhere shows here at once.
  useLiveInspections(inspection?.projectId);
  const crumbs = [{ title: t('inspections.nav.inspections'), to: '/inspections' }];

  if (draft.query.isError) {
    return (
      <Card>
        <QueryErrorResult error={draft.query.error} onRetry={() => void draft.query.refetch()} />
      </Card>
    );
  }
  if (!inspection) return <Card loading />;
  const project = projects.find((candidate) => candidate.id === inspection.projectId);

  if (inspection.status === 'DRAFT' && inspection.inspectorId === meId) {
    return (
      <>
        <PageHeader breadcrumbs={[...crumbs, { title: inspection.code }]} title={inspection.code} subTitle={`${project?.name ?? ''} · ${t(`inspections.method.${inspection.method}`)}`} />
        <InspectionWalker draft={draft} onSubmitted={() => window.scrollTo({ top: 0 })} />
      </>
    );
  }
  return <InspectionDetail inspection={inspection} projectName={project?.name} canManage={canManage} onReport={() => void navigate(`/inspections/${inspection.id}/report`)} crumbs={crumbs} />;
}

function InspectionDetail({
  inspection,
  projectName,
  canManage,
  onReport,
  crumbs,
}: {
  inspection: Inspection;
  projectName: string | undefined;
  canManage: boolean;
  onReport: () => void;
  crumbs: { title: string; to?: string }[];
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [raising, setRaising] = useState<Finding>();
  const [repairing, setRepairing] = useState<Finding>();
  const submitted = inspection.status === 'SUBMITTED';
  const findings = findingsOf(inspection);
  const open = findings.filter((finding) => finding.result.rectification && !['CLOSED', 'CANCELLED'].includes(finding.result.rectification.status)).length;
  return (
    <>
      <PageHeader
        breadcrumbs={[...crumbs, { title: inspection.code }]}
        title={
          <>
            {inspection.code} {!submitted && <Tag color="processing">{t('inspections.status.DRAFT')}</Tag>}
          </>
        }
        subTitle={projectName}
        extra={
          submitted && (
            <Space wrap>
              <XlsxDownloadButton fetchFile={(lang) => exportInspection(inspection.id, lang)} testId="inspection-xlsx" />
              <Button icon={<PrinterOutlined />} onClick={onReport} data-testid="open-report">
                {t('inspections.detail.report')}
              </Button>
            </Space>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={submitted ? t('inspections.detail.score') : t('inspections.detail.provisionalScore')} style={{ marginBottom: 16 }}>
            <ScoreHeadline total={inspection.score.total} grade={inspection.score.grade} teamBonus={inspection.score.teamBonus} consequence={inspection.score.consequence} provisional={!submitted} />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('inspections.detail.counts', { findings: inspection.score.findingCount, answered: inspection.score.answeredCount, total: inspection.score.checkPointCount })}
            </Typography.Paragraph>
          </Card>
          <Card title={t('inspections.detail.facts')} style={{ marginBottom: 16 }}>
            <InspectionFacts inspection={inspection} column={1} />
            {inspection.summary && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{inspection.summary}</Typography.Paragraph>}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card
            title={t('inspections.detail.findings', { count: findings.length })}
            extra={
              findings.length > 0 && (
                <Link to={`/rectifications?inspection=${inspection.id}`} data-testid="findings-register">
                  {t('inspections.detail.openRectifications', { count: open })}
                </Link>
              )
            }
            style={{ marginBottom: 16 }}
          >
            <FindingList
              inspectionId={inspection.id}
              findings={findings}
              onRaise={canManage && submitted ? setRaising : undefined}
              onRepair={canManage && submitted && inspection.taskUnitId ? setRepairing : undefined}
            />
          </Card>
          <Card title={t('inspections.detail.scores')}>
            <ScoreTables inspection={inspection} />
          </Card>
        </Col>
      </Row>
      <RaiseRectificationDialog inspectionId={inspection.id} projectId={inspection.projectId} timeZone={timeZone} finding={raising} onClose={() => setRaising(undefined)} />
      <RepairOrderDialog inspectionId={inspection.id} finding={repairing} onClose={() => setRepairing(undefined)} />
    </>
  );
}
