import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '@/components/TimeZone';
import { useLocalized } from '@/features/inspections/components/labels';
import type { Schemas } from '@/lib/api/client';

/** What, how, who, where and when of an inspection (the detail page and the report). */
export function InspectionFacts({ inspection, projectName, column }: { inspection: Schemas['Inspection']; projectName?: string | undefined; column?: number | Partial<Record<'xs' | 'sm' | 'md' | 'lg' | 'xl' | 'xxl', number>> }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatDateTime();
  return (
    <Descriptions size="small" column={column ?? { xs: 1, sm: 2, lg: 3 }} data-testid="inspection-facts">
      {projectName && <Descriptions.Item label={t('inspections.fields.project')}>{projectName}</Descriptions.Item>}
      <Descriptions.Item label={t('inspections.fields.template')}>
        {localized(inspection.templateName)} v{inspection.templateVersionNumber}
      </Descriptions.Item>
      <Descriptions.Item label={t('inspections.fields.method')}>{t(`inspections.method.${inspection.method}`)}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.fields.inspector')}>{inspection.inspectorName}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.fields.location')}>{inspection.location ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.fields.startedAt')}>{formatTime(inspection.startedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.fields.submittedAt')}>
        {inspection.submittedAt ? formatTime(inspection.submittedAt) : <Tag color="processing">{t('inspections.status.DRAFT')}</Tag>}
      </Descriptions.Item>
    </Descriptions>
  );
}
