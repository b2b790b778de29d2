import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyInvitationLink } from '@/features/surveys/api/create-survey-invitations';
import { groupByBuilding, type LinkGroup } from '@/features/surveys/components/links';

/**
 * The links just generated: the only time their tokens exist outside the database's hashes, so the
 * page says so and offers the QR sheets (per building or all) and the CSV right away.
 */
export function GeneratedLinks({
  links,
  reissued,
  onPrint,
  onDownload,
  onDismiss,
}: {
  links: readonly SurveyInvitationLink[];
  reissued: boolean;
  /** Show the QR sheet of one building, or of every building when undefined. */
  onPrint: (buildingId: string | undefined) => void;
  onDownload: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={reissued ? t('surveys.links.reissuedTitle', { count: links.length }) : t('surveys.links.generatedTitle', { count: links.length })}
      style={{ marginBottom: 16, borderColor: '#91caff' }}
      data-testid="generated-links"
      extra={
        <Button type="link" onClick={onDismiss}>
          {t('surveys.links.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('surveys.links.onlyNow')} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => onPrint(undefined)} data-testid="print-all">
          {t('surveys.links.printAll')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={onDownload} data-testid="download-links">
          {t('surveys.links.downloadCsv')}
        </Button>
      </Flex>
      <Table<LinkGroup>
        rowKey="buildingId"
        size="small"
        pagination={false}
        dataSource={groupByBuilding(links)}
        columns={[
          { title: t('surveys.invitations.building'), dataIndex: 'buildingName' },
          { title: t('surveys.links.count'), key: 'count', align: 'right', render: (_: unknown, group) => group.links.length },
          {
            title: t('common.actions'),
            key: 'print',
            render: (_: unknown, group) => (
              <Button size="small" icon={<PrinterOutlined />} onClick={() => onPrint(group.buildingId)} aria-label={t('surveys.links.printBuilding', { building: group.buildingName })}>
                {t('surveys.links.printSheet')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
