import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { SurveyBuildingProgress, SurveyInvitationProgress, SurveyInvitationStatus } from '@/features/surveys/api/list-survey-invitations';
import { sortByPlace } from '@/features/surveys/components/links';
import { ResponseRate } from '@/features/surveys/components/ResponseRate';
import { useFormatDateTime } from '@/components/TimeZone';

/** Per building: audience, invited and answered; open a building for its units. */
export function InvitationProgress({ progress, loading }: { progress: SurveyInvitationProgress | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const unitsOf = (buildingId: string) => sortByPlace((progress?.units ?? []).filter((unit) => unit.buildingId === buildingId));

  const columns: ColumnsType<SurveyBuildingProgress> = [
    { title: t('surveys.invitations.building'), dataIndex: 'buildingName' },
    {
      title: t('surveys.invitations.invited'),
      dataIndex: 'invited',
      render: (invited: number, building) => (
        // Fewer links than units: someone still has no way to answer.
        <Typography.Text type={invited < building.audience ? 'warning' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {invited} / {building.audience}
        </Typography.Text>
      ),
    },
    {
      title: t('surveys.invitations.answered'),
      key: 'answered',
      // The response rate is answers per invitation, as in the results (DOMAIN: responses ÷ invitations).
      render: (_: unknown, building) => <ResponseRate responses={building.answered} invitations={building.invited} compact />,
    },
  ];

  const unitColumns: ColumnsType<SurveyInvitationStatus> = [
    { title: t('surveys.invitations.unit'), dataIndex: 'unitLabel' },
    {
      title: t('surveys.invitations.invited'),
      dataIndex: 'invited',
      render: (invited: boolean) => (invited ? <Tag>{t('surveys.invitations.linkSent')}</Tag> : <Tag color="warning">{t('surveys.invitations.noLink')}</Tag>),
    },
    {
      title: t('surveys.invitations.answered'),
      key: 'answered',
      render: (_: unknown, unit) =>
        unit.answered ? (
          <span>
            <CheckCircleFilled style={{ color: '#52c41a' }} /> {unit.channel ? t(`surveys.channel.${unit.channel}`) : ''}{' '}
            <Typography.Text type="secondary">{formatTime(unit.answeredAt)}</Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">
            <MinusCircleOutlined /> {t('surveys.invitations.notYet')}
          </Typography.Text>
        ),
    },
  ];

  return (
    <Table<SurveyBuildingProgress>
      rowKey="buildingId"
      size="middle"
      columns={columns}
      dataSource={progress?.buildings ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (building) => (
          <Table<SurveyInvitationStatus>
            rowKey="unitId"
            size="small"
            columns={unitColumns}
            dataSource={unitsOf(building.buildingId)}
            pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
          />
        ),
      }}
      locale={{ emptyText: t('surveys.invitations.none') }}
    />
  );
}
