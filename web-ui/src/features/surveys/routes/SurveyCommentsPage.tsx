import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useSurveyCampaign } from '@/features/surveys/api/get-survey-campaign';
import { CommentLibrary } from '@/features/surveys/components/CommentLibrary';
import { useFollowProject } from '@/lib/selected-project';

/** /surveys/campaigns/:campaignId/comments — the opinion library; AGENT, MANAGER and ADMIN tag and make work orders. */
export function SurveyCommentsPage({ canHandle }: { canHandle: boolean }) {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const campaign = useSurveyCampaign(campaignId);
  useFollowProject(campaign.data?.projectId);
  if (campaign.isError) {
    return (
      <Card>
        <QueryErrorResult error={campaign.error} onRetry={() => void campaign.refetch()} />
      </Card>
    );
  }
  if (!campaign.data) return <Card loading />;
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { title: t('nav.surveys'), to: '/surveys' },
          { title: campaign.data.title, to: `/surveys/campaigns/${campaignId}` },
          { title: t('surveys.campaign.comments') },
        ]}
        title={t('surveys.comments.title')}
        subTitle={t('surveys.comments.subtitle')}
      />
      <CommentLibrary campaign={campaign.data} canHandle={canHandle} />
    </>
  );
}
