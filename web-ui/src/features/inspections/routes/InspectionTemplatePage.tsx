import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useInspectionTemplate } from '@/features/inspections/api/get-inspection-template';
import { useLocalized } from '@/features/inspections/components/labels';
import { TemplateBuilder } from '@/features/inspections/components/TemplateBuilder';

/** /inspections/templates/:templateId and /inspections/templates/new — the builder (read-only for who may not edit). */
export function InspectionTemplatePage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const { templateId } = useParams();
  const query = useInspectionTemplate(templateId);
  const crumbs = [
    { title: t('inspections.nav.inspections'), to: '/inspections' },
    { title: t('inspections.nav.templates'), to: '/inspections/templates' },
  ];
  if (templateId === undefined) {
    return (
      <>
        <PageHeader breadcrumbs={[...crumbs, { title: t('inspections.templates.new') }]} title={t('inspections.templates.new')} />
        <TemplateBuilder saved={undefined} canEdit={canEdit} onCreated={(id) => void navigate(`/inspections/templates/${id}`, { replace: true })} />
      </>
    );
  }
  if (query.isError) {
    return (
      <Card>
        <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!query.data) return <Card loading />;
  const { template } = query.data;
  return (
    <>
      <PageHeader
        breadcrumbs={[...crumbs, { title: localized(template.name) }]}
        title={
          <>
            {localized(template.name)} {template.currentVersion && <Tag data-testid="template-version">v{template.currentVersion.number}</Tag>}
            {template.draft && <Tag color="orange">{t('inspections.templates.draft')}</Tag>}
          </>
        }
        subTitle={t('inspections.templates.usedBy', { count: template.inspectionCount })}
      />
      {/* A fresh builder for every stored state: after a save or a publish it starts from what is stored. */}
      <TemplateBuilder key={query.data.etag ?? String(template.version)} saved={query.data} canEdit={canEdit} onCreated={() => undefined} />
    </>
  );
}
