import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canManageKeys } from '@/app/routes/key-access';
import { canReadComplaintReview } from '@/app/routes/WorkOrderRoutes';
import type { Me } from '@/features/auth/api/get-me';
import { useOverdueCheckouts } from '@/features/keys/api/list-key-checkouts';
import { useSurveyCampaigns } from '@/features/surveys/api/list-survey-campaigns';
import { workOrderCountsQueryOptions, type WorkOrderCounts } from '@/features/work-orders/api/count-work-orders';
import { tabCount } from '@/features/work-orders/components/filters';
import { useCurrentProjectId } from '@/lib/selected-project';

/** One figure of the overview; the figure and the lines below it open the list behind them. */
function Tile({ title, value, to, danger, children, testId }: { title: string; value: number | undefined; to: string; danger?: boolean; children?: ReactNode; testId: string }) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Link to={to} style={{ color: 'inherit' }}>
        <Statistic title={title} value={value ?? '—'} loading={value === undefined} valueStyle={danger && value ? { color: '#cf1322' } : undefined} />
      </Link>
      {children && <div style={{ marginTop: 8 }}>{children}</div>}
    </Card>
  );
}

function Line({ label, value, to, danger }: { label: string; value: number | undefined; to: string; danger?: boolean }) {
  return (
    <Link to={to} style={{ display: 'block', color: 'inherit' }}>
      <Typography.Text type={danger && value ? 'danger' : 'secondary'}>
        {label} <strong>{value ?? '—'}</strong>
      </Typography.Text>
    </Link>
  );
}

const count = (counts: WorkOrderCounts | undefined, tab: Parameters<typeof tabCount>[0]) => (counts ? tabCount(tab, counts) : undefined);

/**
 * 工作台 — what needs doing now in the header's project, for the caller's role: open and overdue work orders (a
 * technician: their own), open complaints, keys out past their due time, and the open survey's progress.
 */
export function TodayOverview({ me }: { me: Me }) {
  const { t } = useTranslation();
  const projectId = useCurrentProjectId(me);
  const desk = canReadComplaintReview(me);
  const keyManager = canManageKeys(me);
  const orders = useQuery({ ...workOrderCountsQueryOptions({ projectId, ...(desk ? {} : { assigneeId: me.id }) }), enabled: projectId !== undefined });
  const complaints = useQuery({ ...workOrderCountsQueryOptions({ projectId, type: 'COMPLAINT' }), enabled: projectId !== undefined && desk });
  const overdueKeys = useOverdueCheckouts(projectId, { enabled: projectId !== undefined && keyManager });
  const surveys = useSurveyCampaigns({ projectId, status: 'OPEN' }, projectId !== undefined && desk);
  const campaign = surveys.data?.pages[0]?.items[0];
  if (!projectId) return null;

  return (
    <Row gutter={[16, 16]}>
      {desk ? (
        <Col xs={24} sm={12} xl={6}>
          <Tile title={t('dashboard.today.openOrders')} value={count(orders.data, 'open')} to="/work-orders?tab=open" testId="today-orders">
            <Flex gap={16} wrap>
              <Line label={t('dashboard.today.awaitingDispatch')} value={count(orders.data, 'NEW')} to="/work-orders?tab=NEW" />
              <Line label={t('dashboard.today.overdue')} value={orders.data?.overdue} to="/work-orders?tab=open&overdue=1" danger />
            </Flex>
          </Tile>
        </Col>
      ) : (
        <Col xs={24} sm={12} xl={6}>
          <Tile title={t('dashboard.today.myOrders')} value={count(orders.data, 'open')} to="/work-orders/mine" testId="today-orders">
            <Line label={t('dashboard.today.overdue')} value={orders.data?.overdue} to="/work-orders/mine" danger />
          </Tile>
        </Col>
      )}
      {desk && (
        <Col xs={24} sm={12} xl={6}>
          <Tile title={t('dashboard.today.openComplaints')} value={count(complaints.data, 'open')} to="/work-orders/complaint-review" testId="today-complaints">
            <Line label={t('dashboard.today.overdue')} value={complaints.data?.overdue} to="/work-orders?tab=open&type=COMPLAINT&overdue=1" danger />
          </Tile>
        </Col>
      )}
      {keyManager && (
        <Col xs={24} sm={12} xl={6}>
          <Tile title={t('dashboard.today.overdueKeys')} value={overdueKeys.data?.items.length} to="/keys/overdue" danger testId="today-keys" />
        </Col>
      )}
      {desk && (
        <Col xs={24} sm={12} xl={6}>
          {campaign ? (
            <Tile
              title={t('dashboard.today.survey', { title: campaign.title })}
              value={campaign.responseCount}
              to={`/surveys/campaigns/${campaign.id}`}
              testId="today-survey"
            >
              <Progress percent={campaign.invitationCount ? Math.round((campaign.responseCount / campaign.invitationCount) * 100) : 0} size="small" />
              <Typography.Text type="secondary">{t('dashboard.today.responses', { responses: campaign.responseCount, invitations: campaign.invitationCount })}</Typography.Text>
            </Tile>
          ) : (
            <Card size="small" style={{ height: '100%' }} loading={surveys.isPending} data-testid="today-survey">
              <Typography.Text type="secondary">{t('dashboard.today.surveys')}</Typography.Text>
              <Link to="/surveys" style={{ display: 'block', marginTop: 12 }}>
                {t('dashboard.today.noSurvey')}
              </Link>
            </Card>
          )}
        </Col>
      )}
    </Row>
  );
}
