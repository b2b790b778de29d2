import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useSurveyTemplates, type SurveyTemplate } from '@/features/surveys/api/list-survey-templates';
import { SurveyNav } from '@/features/surveys/components/SurveyNav';
import { useFormatDateTime } from '@/components/TimeZone';

/** /surveys/templates — the company's questionnaires; MANAGER and ADMIN add and edit them. */
export function SurveyTemplatesPage({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const navigate = useNavigate();
  const templates = useSurveyTemplates();

  const columns: ColumnsType<SurveyTemplate> = [
    {
      title: t('surveys.templates.name'),
      dataIndex: 'name',
      render: (name: string, template) => <Link to={`/surveys/templates/${template.id}`}>{name}</Link>,
    },
    { title: t('surveys.templates.version'), dataIndex: 'version', render: (version: number) => <Tag>v{version}</Tag> },
    { title: t('surveys.templates.questions'), key: 'questions', render: (_: unknown, template) => template.questions.length },
    { title: t('surveys.templates.campaigns'), dataIndex: 'campaignCount', responsive: ['sm'] },
    {
      title: t('surveys.templates.updatedAt'),
      dataIndex: 'updatedAt',
      responsive: ['md'],
      render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.surveys')}
        extra={
          canManage && (
            <Link to="/surveys/templates/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('surveys.templates.new')}
              </Button>
            </Link>
          )
        }
      />
      <SurveyNav current="templates" />
      <Card styles={{ body: { padding: 0 } }}>
        {templates.isError ? (
          <QueryErrorResult error={templates.error} onRetry={() => void templates.refetch()} />
        ) : (
          <Table<SurveyTemplate>
            rowKey="id"
            columns={columns}
            dataSource={templates.data ?? []}
            loading={templates.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(template) => ({
              onClick: (event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                void navigate(`/surveys/templates/${template.id}`);
              },
              style: { cursor: 'pointer' },
              'data-testid': 'template-row',
            })}
            locale={{ emptyText: <Typography.Text type="secondary">{t('surveys.templates.none')}</Typography.Text> }}
          />
        )}
      </Card>
    </>
  );
}
