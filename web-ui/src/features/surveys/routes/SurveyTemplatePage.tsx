import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useSurveyTemplate } from '@/features/surveys/api/get-survey-template';
import { TemplateEditor } from '@/features/surveys/components/TemplateEditor';

/** /surveys/templates/:templateId and /surveys/templates/new — the builder (read-only for those who may not edit). */
export function SurveyTemplatePage({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { templateId } = useParams();
  const isNew = templateId === undefined;
  const query = useSurveyTemplate(templateId);
  const crumbs = [
    { title: t('nav.surveys'), to: '/surveys' },
    { title: t('surveys.nav.templates'), to: '/surveys/templates' },
  ];

  if (isNew) {
    return (
      <>
        <PageHeader breadcrumbs={[...crumbs, { title: t('surveys.templates.new') }]} title={t('surveys.templates.new')} />
        <TemplateEditor saved={undefined} canEdit={canManage} onCreated={(id) => void navigate(`/surveys/templates/${id}`, { replace: true })} onReload={() => undefined} />
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
        breadcrumbs={[...crumbs, { title: template.name }]}
        title={
          <>
            {template.name} <Tag data-testid="template-version">v{template.version}</Tag>
          </>
        }
        subTitle={t('surveys.templates.usedBy', { count: template.campaignCount })}
      />
      {/* A fresh editor for every stored version: after a save or a reload it starts from what is stored. */}
      <TemplateEditor
        key={query.data.etag ?? template.updatedAt}
        saved={query.data}
        canEdit={canManage}
        onCreated={() => undefined}
        onReload={() => void query.refetch()}
      />
    </>
  );
}
