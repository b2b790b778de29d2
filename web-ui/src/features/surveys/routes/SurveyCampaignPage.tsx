import { ArrowLeftOutlined, PrinterOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Row, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { textLanguageOf } from '@/components/questionnaire/questionnaire';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useCreateSurveyInvitations, type SurveyInvitationLink, type SurveyInvitationRequest } from '@/features/surveys/api/create-survey-invitations';
import { useSurveyCampaign } from '@/features/surveys/api/get-survey-campaign';
import { useSurveyInvitations } from '@/features/surveys/api/list-survey-invitations';
import { CampaignActions } from '@/features/surveys/components/CampaignActions';
import { downloadBlob, safeFileName } from '@/features/surveys/components/download';
import { GenerateLinksDialog } from '@/features/surveys/components/GenerateLinksDialog';
import { GeneratedLinks } from '@/features/surveys/components/GeneratedLinks';
import { InvitationProgress } from '@/features/surveys/components/InvitationProgress';
import { groupByBuilding, linksCsv } from '@/features/surveys/components/links';
import { QrSheet } from '@/features/surveys/components/QrSheet';
import { ResponseRate } from '@/features/surveys/components/ResponseRate';
import { StaffResponseDrawer } from '@/features/surveys/components/StaffResponseDrawer';
import { CampaignStatusTag, DimensionTag } from '@/features/surveys/components/Tags';
import { useLeaveConfirmation } from '@/features/surveys/components/useLeaveConfirmation';
import { useFormatDateTime } from '@/components/TimeZone';
import { useFollowProject } from '@/lib/selected-project';

type Batch = { links: SurveyInvitationLink[]; replaced: number; kept: boolean };

/**
 * /surveys/campaigns/:campaignId — status and actions, invitation progress per building, generating
 * links with their QR sheets and CSV, and staff entry of paper and phone answers.
 */
export function SurveyCampaignPage({ canManage, canRespond }: { canManage: boolean; canRespond: boolean }) {
  const { t, i18n } = useTranslation();
  const formatTime = useFormatDateTime();
  const { modal, message } = App.useApp();
  const { campaignId = '' } = useParams();
  const query = useSurveyCampaign(campaignId);
  const campaign = query.data;
  const invitations = useSurveyInvitations(campaignId, campaign !== undefined);
  const generate = useCreateSurveyInvitations(campaignId);
  const [batch, setBatch] = useState<Batch | undefined>();
  // The QR sheet on screen (undefined: the campaign page), for one building or all of the batch.
  const [sheet, setSheet] = useState<{ buildingId: string | undefined } | undefined>();
  const [entering, setEntering] = useState(false);
  const [asking, setAsking] = useState(false);
  const unsavedRef = useLeaveConfirmation({
    title: t('surveys.links.leaveTitle'),
    detail: t('surveys.links.leaveDetail'),
    leave: t('surveys.leave'),
    stay: t('surveys.stay'),
  });
  unsavedRef.current = batch !== undefined && !batch.kept;

  useFollowProject(campaign?.projectId);

  if (query.isError) {
    return (
      <Card>
        <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!campaign) return <Card loading />;

  const origin = window.location.origin;
  const keep = () => setBatch((previous) => previous && { ...previous, kept: true });

  const run = async (request: SurveyInvitationRequest) => {
    const result = await generate.mutateAsync(request);
    setAsking(false);
    if (result.items.length === 0) {
      void message.info(t('surveys.generate.nothingMade'));
      return;
    }
    void message.success(t('surveys.generate.done', { created: result.created, replaced: result.replaced, kept: result.kept }));
    setBatch({ links: result.items, replaced: result.replaced, kept: false });
  };

  const downloadCsv = () => {
    if (!batch) return;
    const csv = linksCsv(batch.links, origin, { building: t('surveys.invitations.building'), unit: t('surveys.invitations.unit'), url: t('surveys.links.url') });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${safeFileName(campaign.title)}-${t('surveys.links.fileSuffix')}.csv`);
    keep();
  };

  if (sheet && batch) {
    const groups = groupByBuilding(batch.links);
    const shown = sheet.buildingId ? batch.links.filter((link) => link.buildingId === sheet.buildingId) : batch.links;
    return (
      <>
        <Flex gap={8} wrap align="center" className="sv-no-print" style={{ marginBottom: 16 }}>
          <Button icon={<ArrowLeftOutlined />} onClick={() => setSheet(undefined)}>
            {t('surveys.links.backToCampaign')}
          </Button>
          <Select
            value={sheet.buildingId ?? 'all'}
            onChange={(value: string) => setSheet({ buildingId: value === 'all' ? undefined : value })}
            style={{ minWidth: 200 }}
            aria-label={t('surveys.invitations.building')}
            options={[{ value: 'all', label: t('surveys.links.allBuildings') }, ...groups.map((group) => ({ value: group.buildingId, label: `${group.buildingName} (${String(group.links.length)})` }))]}
          />
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => {
              keep();
              window.print();
            }}
            data-testid="print-sheet"
          >
            {t('surveys.links.print')}
          </Button>
          <Typography.Text type="secondary">{t('surveys.links.printHint')}</Typography.Text>
        </Flex>
        <QrSheet title={campaign.title} links={shown} origin={origin} />
      </>
    );
  }

  const language = textLanguageOf(i18n.language);
  const closed = campaign.status === 'CLOSED';
  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: t('nav.surveys'), to: '/surveys' }, { title: campaign.title }]}
        title={
          <>
            {campaign.title} <CampaignStatusTag status={campaign.status} />
          </>
        }
        subTitle={t('surveys.campaign.templateVersion', { name: campaign.templateName ?? '', version: campaign.templateVersion })}
        extra={<CampaignActions campaign={campaign} canManage={canManage} canRespond={canRespond} onEnterResponse={() => setEntering(true)} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          {batch && (
            <GeneratedLinks
              links={batch.links}
              reissued={batch.replaced > 0}
              onPrint={(buildingId) => setSheet({ buildingId })}
              onDownload={downloadCsv}
              onDismiss={() => {
                if (batch.kept) {
                  setBatch(undefined);
                  return;
                }
                modal.confirm({
                  title: t('surveys.links.leaveTitle'),
                  content: t('surveys.links.leaveDetail'),
                  okText: t('surveys.links.discard'),
                  okButtonProps: { danger: true },
                  cancelText: t('surveys.stay'),
                  onOk: () => setBatch(undefined),
                });
              }}
            />
          )}
          <Card title={t('surveys.invitations.title')}>
            {canManage && !closed && (
              <>
                <Flex gap={8} wrap style={{ marginBottom: 8 }}>
                  <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => setAsking(true)} disabled={!invitations.data} data-testid="generate-links">
                    {t('surveys.links.generate')}
                  </Button>
                </Flex>
                <Typography.Paragraph type="secondary">{t('surveys.links.explain')}</Typography.Paragraph>
              </>
            )}
            {invitations.isError ? (
              <QueryErrorResult error={invitations.error} onRetry={() => void invitations.refetch()} />
            ) : (
              <InvitationProgress progress={invitations.data} loading={invitations.isPending} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('surveys.campaign.summary')} style={{ marginBottom: 16 }}>
            <div style={{ marginBottom: 12 }}>
              <ResponseRate responses={campaign.responseCount} invitations={campaign.invitationCount} />
            </div>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('surveys.campaign.opensAt')}>{formatTime(campaign.opensAt)}</Descriptions.Item>
              <Descriptions.Item label={t('surveys.campaign.closesAt')}>{formatTime(campaign.closesAt)}</Descriptions.Item>
              <Descriptions.Item label={t('surveys.campaigns.audience')}>
                {campaign.buildingIds.length === 0 ? t('surveys.campaigns.wholeProject') : t('surveys.campaigns.buildings', { count: campaign.buildingIds.length })}
              </Descriptions.Item>
              <Descriptions.Item label={t('surveys.campaigns.anonymous')}>{campaign.anonymous ? t('surveys.campaign.yes') : t('surveys.campaign.no')}</Descriptions.Item>
              {campaign.openedAt && <Descriptions.Item label={t('surveys.campaign.openedAt')}>{formatTime(campaign.openedAt)}</Descriptions.Item>}
              {campaign.closedAt && <Descriptions.Item label={t('surveys.campaign.closedAt')}>{formatTime(campaign.closedAt)}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('surveys.campaign.questions', { count: campaign.questions.length })} size="small">
            <ol style={{ paddingInlineStart: 20, margin: 0 }}>
              {campaign.questions.map((question) => (
                <li key={question.id} style={{ marginBottom: 8 }}>
                  <div>{question.text[language]}</div>
                  <Flex gap={4} wrap style={{ marginTop: 2 }}>
                    <Tag style={{ marginInlineEnd: 0 }}>{t(`surveys.questionType.${question.type}`)}</Tag>
                    <DimensionTag dimension={question.dimension} />
                    {question.showIf && <Tag color="orange">{t('surveys.builder.conditional')}</Tag>}
                  </Flex>
                </li>
              ))}
            </ol>
          </Card>
        </Col>
      </Row>
      {canManage && (
        <GenerateLinksDialog
          open={asking}
          progress={invitations.data}
          pending={generate.isPending}
          onCancel={() => setAsking(false)}
          onGenerate={(request) => void run(request).catch(() => undefined)}
        />
      )}
      {canRespond && <StaffResponseDrawer campaign={campaign} open={entering} onClose={() => setEntering(false)} />}
    </>
  );
}
