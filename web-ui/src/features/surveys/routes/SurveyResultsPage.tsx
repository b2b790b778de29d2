import { Card, Col, Empty, Grid, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useSurveyCampaign } from '@/features/surveys/api/get-survey-campaign';
import { useSurveyResults } from '@/features/surveys/api/get-survey-results';
import { BuildingHeatmap } from '@/features/surveys/components/BuildingHeatmap';
import { Chart } from '@/features/surveys/components/Chart';
import { ExportButtons } from '@/features/surveys/components/ExportButtons';
import { PreviousComparison } from '@/features/surveys/components/PreviousComparison';
import { QuestionDistributions } from '@/features/surveys/components/QuestionDistributions';
import { ResultsKpis } from '@/features/surveys/components/ResultsKpis';
import { dimensionOption } from '@/features/surveys/components/results-charts';
import { CampaignStatusTag } from '@/features/surveys/components/Tags';
import { useFollowProject } from '@/lib/selected-project';

/** /surveys/campaigns/:campaignId/results — index, NPS, dimensions, buildings, questions, the change since last time, export. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const campaign = useSurveyCampaign(campaignId);
  useFollowProject(campaign.data?.projectId);
  const results = useSurveyResults(campaignId);
  const phone = !Grid.useBreakpoint().md;
  const title = campaign.data?.title ?? '';

  const failed = campaign.error ?? results.error;
  if (failed) {
    return (
      <Card>
        <QueryErrorResult error={failed} onRetry={() => void Promise.all([campaign.refetch(), results.refetch()])} />
      </Card>
    );
  }
  if (!campaign.data || !results.data) return <Card loading />;
  const data = results.data;
  const dimensionsShown = data.dimensions.filter((item) => item.index !== undefined).length;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { title: t('nav.surveys'), to: '/surveys' },
          { title, to: `/surveys/campaigns/${campaignId}` },
          { title: t('surveys.campaign.results') },
        ]}
        title={
          <>
            {t('surveys.results.title', { title })} <CampaignStatusTag status={campaign.data.status} />
          </>
        }
        extra={<ExportButtons campaignId={campaignId} title={title} />}
      />
      {data.responseCount === 0 && (
        <Card style={{ marginBottom: 16 }}>
          <Empty description={t('surveys.results.noResponses')} />
        </Card>
      )}
      <ResultsKpis results={data} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Card title={t('surveys.results.dimensions')} style={{ height: '100%' }}>
            {dimensionsShown === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Chart
                option={dimensionOption(data.dimensions, t, { hasPrevious: data.previous !== undefined })}
                height={Math.max(180, dimensionsShown * (data.previous ? 44 : 32) + 48)}
                label={t('surveys.results.dimensionsLabel')}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('surveys.results.trend')} style={{ height: '100%' }}>
            <PreviousComparison results={data} />
          </Card>
        </Col>
      </Row>
      <Card title={t('surveys.results.heatmap')} style={{ marginTop: 16 }} styles={{ body: { padding: phone ? 8 : undefined } }}>
        <BuildingHeatmap buildings={data.buildings} dimensions={data.dimensions} />
      </Card>
      <Card title={t('surveys.results.questions')} style={{ marginTop: 16 }}>
        <QuestionDistributions results={data.questions} questions={campaign.data.questions} />
      </Card>
    </>
  );
}
