import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { CampaignFormModal, type ProjectChoice } from '@/features/surveys/components/CampaignFormModal';
import { CampaignList } from '@/features/surveys/components/CampaignList';
import { SurveyNav } from '@/features/surveys/components/SurveyNav';

/** /surveys — the campaigns of the header's project; MANAGER and ADMIN start new ones. */
export function SurveyCampaignsPage({ projectId, projects, canManage }: { projectId: string | undefined; projects: readonly ProjectChoice[]; canManage: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.surveys')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-campaign">
              {t('surveys.campaigns.new')}
            </Button>
          )
        }
      />
      <SurveyNav current="campaigns" />
      <CampaignList projectId={projectId} />
      {canManage && (
        <CampaignFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(campaign) => {
            setCreating(false);
            void navigate(`/surveys/campaigns/${campaign.id}`);
          }}
          projects={projects}
          projectId={projectId}
        />
      )}
    </>
  );
}
