import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Flex, Grid, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useComplaintReview, type ComplaintAgeBucket } from '@/features/work-orders/api/get-complaint-review';
import { ComplaintCard } from '@/features/work-orders/components/ComplaintCard';
import { useFormatDateTime } from '@/components/TimeZone';
import { isApiError } from '@/lib/problem';
import { exportComplaintReview } from '@/features/work-orders/api/export-complaint-review';

/** The older the bucket, the louder its heading. */
const BUCKET_COLORS: Record<ComplaintAgeBucket['age'], string> = {
  MORE_THAN_7_DAYS: '#cf1322',
  DAYS_3_TO_7: '#d46b08',
  DAYS_1_TO_3: '#1677ff',
  LESS_THAN_1_DAY: '#8c8c8c',
};

function NotForTechnicians() {
  const { t } = useTranslation();
  return (
    <Card>
      <Result
        status="403"
        title={t('workOrders.review.notAllowed')}
        subTitle={t('workOrders.review.notAllowedDetail')}
        extra={
          <Link to="/work-orders/mine">
            <Button type="primary">{t('nav.myWorkOrders')}</Button>
          </Link>
        }
      />
    </Card>
  );
}

function Bucket({ bucket, compact }: { bucket: ComplaintAgeBucket; compact: boolean }) {
  const { t } = useTranslation();
  const color = BUCKET_COLORS[bucket.age];
  const heading = (
    <Flex align="center" gap={8}>
      {/* scroll-margin: a jump from the phone's bucket buttons lands below the sticky header. */}
      <Typography.Title level={5} style={{ margin: 0, color, scrollMarginTop: 72 }} id={`bucket-${bucket.age}`}>
        {t(`workOrders.review.bucket.${bucket.age}`)}
      </Typography.Title>
      <Badge count={bucket.count} showZero color={bucket.count > 0 ? color : '#d9d9d9'} overflowCount={999} />
    </Flex>
  );
  const cards =
    bucket.items.length === 0 ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workOrders.review.emptyBucket')} style={{ margin: '8px 0' }} />
    ) : (
      <Flex vertical gap={8}>
        {bucket.items.map((item) => (
          <ComplaintCard key={item.id} item={item} />
        ))}
      </Flex>
    );
  // A phone stacks the buckets as sections; wider screens show them as columns side by side.
  return compact ? (
    <section aria-labelledby={`bucket-${bucket.age}`} data-testid={`bucket-${bucket.age}`}>
      <div style={{ margin: '8px 0' }}>{heading}</div>
      {cards}
    </section>
  ) : (
    <Card
      size="small"
      title={heading}
      role="region"
      aria-labelledby={`bucket-${bucket.age}`}
      data-testid={`bucket-${bucket.age}`}
      style={{ height: '100%', background: '#fafafa', borderTop: `3px solid ${color}` }}
    >
      {cards}
    </Card>
  );
}

/**
 * /work-orders/complaint-review — 投诉每日盘点: every open complaint of the project by age, oldest
 * first, with its first-responsible person, assignee and last note. Reloads on live updates and
 * every minute. Technicians may not read it (the API answers 403), so they get an explanation.
 */
export function ComplaintReviewPage({ projectId, allowed }: { projectId: string | undefined; allowed: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const screens = Grid.useBreakpoint();
  const review = useComplaintReview(allowed ? projectId : undefined);
  const data = review.data;
  const overdue = data?.buckets.reduce((sum, bucket) => sum + bucket.items.filter((item) => item.overdue).length, 0) ?? 0;
  const forbidden = !allowed || (isApiError(review.error) && review.error.status === 403);

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: t('nav.workOrders'), to: '/work-orders' }, { title: t('nav.complaintReview') }]}
        title={t('nav.complaintReview')}
        subTitle={data && t('workOrders.review.summary', { count: data.total, overdue, asOf: formatTime(data.asOf) })}
        extra={
          !forbidden && (
            <>
              <Button icon={<ReloadOutlined />} loading={review.isFetching} onClick={() => void review.refetch()} disabled={!projectId}>
                {t('workOrders.review.refresh')}
              </Button>
              <ExportButton onExport={(format) => exportComplaintReview(projectId ?? '', format)} disabled={!projectId} testId="export-complaint-review" />
            </>
          )
        }
      />
      {forbidden ? (
        <NotForTechnicians />
      ) : !projectId ? (
        <Result status="info" title={t('workOrders.form.noProject')} />
      ) : review.isError ? (
        <Card>
          <QueryErrorResult error={review.error} onRetry={() => void review.refetch()} />
        </Card>
      ) : !data ? (
        <Card loading />
      ) : data.total === 0 ? (
        <Card>
          <Result status="success" title={t('workOrders.review.none')} />
        </Card>
      ) : (
        <>
          {!screens.md && (
            // Sections stack on a phone: jump straight to the newer ones.
            <Flex gap={8} wrap style={{ marginBottom: 4 }} role="navigation" aria-label={t('workOrders.review.jumpTo')}>
              {data.buckets.map((bucket) => (
                <Button key={bucket.age} size="small" href={`#bucket-${bucket.age}`} style={{ color: BUCKET_COLORS[bucket.age] }}>
                  {t(`workOrders.review.bucket.${bucket.age}`)} {bucket.count}
                </Button>
              ))}
            </Flex>
          )}
          <Row gutter={[12, 12]} data-testid="complaint-board">
            {data.buckets.map((bucket) => (
              <Col key={bucket.age} xs={24} md={12} xl={6}>
                <Bucket bucket={bucket} compact={!screens.md} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </>
  );
}
