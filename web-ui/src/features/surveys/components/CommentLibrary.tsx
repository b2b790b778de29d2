import { Card, Col, Flex, Input, Row, Segmented, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useProjectBuildings } from '@/lib/project-buildings';
import type { SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';
import { useSurveyComments, type SurveyComment } from '@/features/surveys/api/list-survey-comments';
import { CommentCard } from '@/features/surveys/components/CommentCard';
import { COMMENT_PARAMS, readCommentFilters, WORK_ORDER_FILTERS } from '@/features/surveys/components/comment-filters';
import { DIMENSIONS } from '@/features/surveys/components/labels';
import { WorkOrderFromCommentModal } from '@/features/surveys/components/WorkOrderFromCommentModal';
import { useUpdateSearchParams } from '@/lib/search-params';

/**
 * The opinion library (意见征集库) of a campaign: written answers and low ratings, filtered by
 * dimension, building, tag and whether a work order was made (all in the URL); tags and orders in place.
 */
export function CommentLibrary({ campaign, canHandle }: { campaign: SurveyCampaign; canHandle: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = readCommentFilters(params);
  const { workOrder, ...query } = filters;
  const comments = useSurveyComments(campaign.id, query);
  const buildings = useProjectBuildings(campaign.projectId);
  const [tagSearch, setTagSearch] = useState(filters.tag ?? '');
  const [ordering, setOrdering] = useState<SurveyComment | undefined>();
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];
  const tagSuggestions = [...new Set(items.flatMap((item) => item.tags))].sort();
  const audience = (buildings.data ?? []).filter((building) => campaign.buildingIds.length === 0 || campaign.buildingIds.includes(building.id));

  const update = useUpdateSearchParams();

  useEffect(() => setTagSearch(filters.tag ?? ''), [filters.tag]);

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={[8, 8]} align="middle">
          <Col xs={12} md={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              value={filters.dimension}
              placeholder={t('surveys.comments.allDimensions')}
              aria-label={t('surveys.builder.dimension')}
              onChange={(value?: string) => update({ [COMMENT_PARAMS.dimension]: value })}
              options={DIMENSIONS.map((value) => ({ value, label: t(`surveys.dimension.${value}`) }))}
              data-testid="filter-dimension"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: '100%' }}
              value={filters.buildingId}
              placeholder={t('surveys.comments.allBuildings')}
              aria-label={t('surveys.invitations.building')}
              onChange={(value?: string) => update({ [COMMENT_PARAMS.building]: value })}
              options={audience.map((building) => ({ value: building.id, label: building.name }))}
            />
          </Col>
          <Col xs={12} md={5}>
            <Input.Search
              allowClear
              value={tagSearch}
              onChange={(event) => setTagSearch(event.target.value)}
              onSearch={(value) => update({ [COMMENT_PARAMS.tag]: value.trim() || undefined })}
              placeholder={t('surveys.comments.tagFilter')}
              aria-label={t('surveys.comments.tagFilter')}
              maxLength={30}
            />
          </Col>
          <Col xs={24} md={7}>
            <Segmented
              block
              value={workOrder}
              onChange={(value) => update({ [COMMENT_PARAMS.workOrder]: value === 'all' ? undefined : String(value) })}
              options={WORK_ORDER_FILTERS.map((value) => ({ value, label: t(`surveys.comments.workOrderFilter.${value}`) }))}
              data-testid="filter-work-order"
            />
          </Col>
        </Row>
      </Card>
      {comments.isError ? (
        <Card>
          <QueryErrorResult error={comments.error} onRetry={() => void comments.refetch()} />
        </Card>
      ) : (
        <Flex vertical gap={8}>
          {comments.isPending && <Card loading size="small" />}
          {!comments.isPending && items.length === 0 && (
            <Card>
              <Typography.Text type="secondary">{query.dimension || query.buildingId || query.tag || workOrder !== 'all' ? t('surveys.comments.noneMatching') : t('surveys.comments.none')}</Typography.Text>
            </Card>
          )}
          {items.map((comment) => (
            <CommentCard
              key={comment.id}
              comment={comment}
              question={campaign.questions.find((question) => question.id === comment.questionId)}
              canHandle={canHandle}
              tagSuggestions={tagSuggestions}
              onCreateWorkOrder={setOrdering}
            />
          ))}
        </Flex>
      )}
      <LoadMore shown={items.length} hasMore={comments.hasNextPage} loading={comments.isFetchingNextPage} onLoadMore={() => void comments.fetchNextPage()} />
      {canHandle && <WorkOrderFromCommentModal comment={ordering} onClose={() => setOrdering(undefined)} />}
    </>
  );
}
