import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatShortDateTime } from '@/components/TimeZone';
import { useInspectionTemplates, type InspectionTemplateSummary } from '@/features/inspections/api/list-inspection-templates';
import { useLocalized } from '@/features/inspections/components/labels';

/** /inspections/templates — the rubrics (督导评分细则): version, size, a pending draft, how many inspections used them. */
export function InspectionTemplatesPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const formatTime = useFormatShortDateTime();
  const templates = useInspectionTemplates();
  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: t('inspections.nav.inspections'), to: '/inspections' }, { title: t('inspections.nav.templates') }]}
        title={t('inspections.templates.title')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/inspections/templates/new')} data-testid="new-template">
              {t('inspections.templates.new')}
            </Button>
          )
        }
      />
      <Card>
        {templates.isError ? (
          <QueryErrorResult error={templates.error} onRetry={() => void templates.refetch()} />
        ) : (
          <Table<InspectionTemplateSummary>
            rowKey="id"
            loading={templates.isPending}
            dataSource={templates.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({ onClick: () => void navigate(`/inspections/templates/${row.id}`), style: { cursor: 'pointer' }, 'data-testid': 'template-row' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('inspections.templates.name'), key: 'name', render: (_: unknown, row) => <Link to={`/inspections/templates/${row.id}`}>{localized(row.name)}</Link> },
              {
                title: t('inspections.templates.version'),
                key: 'version',
                render: (_: unknown, row) => (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {row.currentVersionNumber ? `v${row.currentVersionNumber}` : <Typography.Text type="secondary">{t('inspections.templates.unpublished')}</Typography.Text>}{' '}
                    {row.hasDraft && <Tag color="orange">{t('inspections.templates.draft')}</Tag>}
                  </span>
                ),
              },
              { title: t('inspections.templates.size'), key: 'size', render: (_: unknown, row) => t('inspections.templates.sizeValue', { sections: row.sectionCount ?? 0, items: row.itemCount ?? 0, checkPoints: row.checkPointCount ?? 0 }) },
              { title: t('inspections.templates.used'), dataIndex: 'inspectionCount', align: 'right' },
              { title: t('inspections.templates.updatedAt'), dataIndex: 'updatedAt', render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</span> },
            ]}
          />
        )}
      </Card>
    </>
  );
}
