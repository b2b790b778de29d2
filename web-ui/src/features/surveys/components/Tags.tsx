import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyCampaignStatus } from '@/features/surveys/api/list-survey-campaigns';
import type { SurveyDimension } from '@/features/surveys/api/list-survey-templates';
import { CAMPAIGN_STATUS_COLORS, WORK_ORDER_STATUS_COLORS, type WorkOrderStatus } from '@/features/surveys/components/labels';

export function CampaignStatusTag({ status }: { status: SurveyCampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CAMPAIGN_STATUS_COLORS[status]} data-testid="campaign-status">
      {t(`surveys.status.${status}`)}
    </Tag>
  );
}

export function DimensionTag({ dimension }: { dimension: SurveyDimension | undefined }) {
  const { t } = useTranslation();
  if (!dimension) return null;
  return <Tag color="blue">{t(`surveys.dimension.${dimension}`)}</Tag>;
}

/** A work order's status, worded as on the work-order screens. */
export function WorkOrderStatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={WORK_ORDER_STATUS_COLORS[status]}>{t(`workOrders.status.${status}`)}</Tag>;
}
