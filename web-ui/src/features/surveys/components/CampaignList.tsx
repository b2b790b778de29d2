import { Card, Flex, Grid, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useSurveyCampaigns, type SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';
import { CAMPAIGN_STATUSES, isOneOf } from '@/features/surveys/components/labels';
import { ResponseRate } from '@/features/surveys/components/ResponseRate';
import { CampaignStatusTag } from '@/features/surveys/components/Tags';
import { useFormatDateTime } from '@/components/TimeZone';
import { useUpdateSearchParams } from '@/lib/search-params';

const STATUS_PARAM = 'status';

function Period({ campaign }: { campaign: SurveyCampaign }) {
  const formatTime = useFormatDateTime();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatTime(campaign.opensAt)} – {formatTime(campaign.closesAt)}
    </span>
  );
}

/** The campaigns of the header's project, newest first; the status filter lives in the URL. */
export function CampaignList({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const requested = params.get(STATUS_PARAM);
  const status = isOneOf(CAMPAIGN_STATUSES, requested) ? requested : undefined;
  const campaigns = useSurveyCampaigns({ projectId, status }, projectId !== undefined);
  const items = campaigns.data?.pages.flatMap((page) => page.items) ?? [];
  const empty = status ? t('surveys.campaigns.noneMatching') : t('surveys.campaigns.none');

  const columns: ColumnsType<SurveyCampaign> = [
    {
      title: t('surveys.campaigns.title'),
      dataIndex: 'title',
      render: (title: string, campaign) => (
        <Flex vertical gap={0}>
          <Link to={`/surveys/campaigns/${campaign.id}`}>{title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {campaign.templateName ?? ''} v{campaign.templateVersion}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('surveys.campaigns.status'), dataIndex: 'status', render: (_: unknown, campaign) => <CampaignStatusTag status={campaign.status} /> },
    { title: t('surveys.campaigns.period'), key: 'period', render: (_: unknown, campaign) => <Period campaign={campaign} /> },
    {
      title: t('surveys.campaigns.responses'),
      key: 'responses',
      render: (_: unknown, campaign) => <ResponseRate responses={campaign.responseCount} invitations={campaign.invitationCount} />,
    },
    {
      title: t('surveys.campaigns.audience'),
      key: 'audience',
      responsive: ['lg'],
      render: (_: unknown, campaign) => (
        <Flex gap={4} wrap>
          <Tag>{campaign.buildingIds.length === 0 ? t('surveys.campaigns.wholeProject') : t('surveys.campaigns.buildings', { count: campaign.buildingIds.length })}</Tag>
          {campaign.anonymous && <Tag color="green">{t('surveys.campaigns.anonymous')}</Tag>}
        </Flex>
      ),
    },
  ];

  return (
    <Card>
      <Segmented
        value={status ?? 'all'}
        onChange={(value) => update({ [STATUS_PARAM]: value === 'all' ? undefined : String(value) })}
        options={[{ value: 'all', label: t('surveys.campaigns.all') }, ...CAMPAIGN_STATUSES.map((value) => ({ value, label: t(`surveys.status.${value}`) }))]}
        style={{ marginBottom: 12 }}
        data-testid="campaign-status-filter"
      />
      {campaigns.isError ? (
        <QueryErrorResult error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : phone ? (
        <Flex vertical gap={8}>
          {campaigns.isPending && <Card loading size="small" />}
          {!campaigns.isPending && items.length === 0 && (
            <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 24 }}>
              {empty}
            </Typography.Text>
          )}
          {items.map((campaign) => (
            <Card key={campaign.id} size="small" hoverable onClick={() => void navigate(`/surveys/campaigns/${campaign.id}`)} data-testid="campaign-card">
              <Flex justify="space-between" gap={8} align="start">
                <Link to={`/surveys/campaigns/${campaign.id}`} style={{ fontWeight: 500 }}>
                  {campaign.title}
                </Link>
                <CampaignStatusTag status={campaign.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', margin: '4px 0 8px' }}>
                <Period campaign={campaign} />
              </Typography.Text>
              <ResponseRate responses={campaign.responseCount} invitations={campaign.invitationCount} />
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<SurveyCampaign>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={campaigns.isPending || (campaigns.isPlaceholderData && campaigns.isFetching)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(campaign) => ({
            onClick: (event) => {
              if ((event.target as HTMLElement).closest('a')) return;
              void navigate(`/surveys/campaigns/${campaign.id}`);
            },
            style: { cursor: 'pointer' },
            'data-testid': 'campaign-row',
          })}
          locale={{ emptyText: empty }}
        />
      )}
      <LoadMore shown={items.length} hasMore={campaigns.hasNextPage} loading={campaigns.isFetchingNextPage} onLoadMore={() => void campaigns.fetchNextPage()} />
    </Card>
  );
}
