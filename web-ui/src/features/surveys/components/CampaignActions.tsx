import { BarChartOutlined, EditOutlined, MessageOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCloseSurveyCampaign } from '@/features/surveys/api/close-survey-campaign';
import type { SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';
import { useOpenSurveyCampaign } from '@/features/surveys/api/open-survey-campaign';

/** What can be done with a campaign now, by whom: open and close (managers), enter an answer (agents too), results and opinions (everyone). */
export function CampaignActions({
  campaign,
  canManage,
  canRespond,
  onEnterResponse,
}: {
  campaign: SurveyCampaign;
  canManage: boolean;
  canRespond: boolean;
  onEnterResponse: () => void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const open = useOpenSurveyCampaign(campaign.id);
  const close = useCloseSurveyCampaign(campaign.id);
  return (
    <>
      <Link to={`/surveys/campaigns/${campaign.id}/results`}>
        <Button icon={<BarChartOutlined />}>{t('surveys.campaign.results')}</Button>
      </Link>
      <Link to={`/surveys/campaigns/${campaign.id}/comments`}>
        <Button icon={<MessageOutlined />}>{t('surveys.campaign.comments')}</Button>
      </Link>
      {canRespond && campaign.status === 'OPEN' && (
        <Button icon={<EditOutlined />} onClick={onEnterResponse} data-testid="enter-response">
          {t('surveys.campaign.enterResponse')}
        </Button>
      )}
      {canManage && campaign.status === 'DRAFT' && (
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          loading={open.isPending}
          data-testid="open-campaign"
          onClick={() =>
            modal.confirm({
              title: t('surveys.campaign.openConfirm'),
              content: t('surveys.campaign.openDetail'),
              okText: t('surveys.campaign.open'),
              cancelText: t('common.cancel'),
              onOk: () => open.mutateAsync().then(() => undefined),
            })
          }
        >
          {t('surveys.campaign.open')}
        </Button>
      )}
      {canManage && campaign.status === 'OPEN' && (
        <Button
          danger
          icon={<StopOutlined />}
          loading={close.isPending}
          data-testid="close-campaign"
          onClick={() =>
            modal.confirm({
              title: t('surveys.campaign.closeConfirm'),
              content: t('surveys.campaign.closeDetail'),
              okText: t('surveys.campaign.close'),
              okButtonProps: { danger: true },
              cancelText: t('common.cancel'),
              onOk: () => close.mutateAsync().then(() => undefined),
            })
          }
        >
          {t('surveys.campaign.close')}
        </Button>
      )}
    </>
  );
}
