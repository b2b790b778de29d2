import { StarFilled, ToolOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { textIn, textLanguageOf } from '@/components/questionnaire/questionnaire';
import type { SurveyComment } from '@/features/surveys/api/list-survey-comments';
import type { SurveyQuestion } from '@/features/surveys/api/list-survey-templates';
import { CommentTags } from '@/features/surveys/components/CommentTags';
import { DimensionTag, WorkOrderStatusTag } from '@/features/surveys/components/Tags';
import { useFormatDateTime } from '@/components/TimeZone';

/** A score as it was given: stars for a 1–5 rating, "n/10" otherwise (a low-rating comment is a 1–2). */
function Score({ score }: { score: number }) {
  const { t } = useTranslation();
  if (score > 5) return <Tag>{score}/10</Tag>;
  return (
    <span aria-label={t('surveys.results.stars', { count: score })} style={{ whiteSpace: 'nowrap' }}>
      {[1, 2, 3, 4, 5].map((star) => (
        <StarFilled key={star} style={{ color: star <= score ? '#fadb14' : '#e8e8e8', fontSize: 13 }} aria-hidden />
      ))}
    </span>
  );
}

/** One opinion: what was said (or the low rating), where, its tags, and the work order made from it. */
export function CommentCard({
  comment,
  question,
  canHandle,
  tagSuggestions,
  onCreateWorkOrder,
}: {
  comment: SurveyComment;
  /** The question it answers, for context ("Anything else?" or the "why" after a low rating). */
  question: SurveyQuestion | undefined;
  canHandle: boolean;
  tagSuggestions: readonly string[];
  onCreateWorkOrder: (comment: SurveyComment) => void;
}) {
  const { t, i18n } = useTranslation();
  const formatTime = useFormatDateTime();
  return (
    <Card size="small" data-testid="comment-card" data-comment-id={comment.id}>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 6 }}>
        <Flex gap={6} wrap align="center">
          <DimensionTag dimension={comment.dimension} />
          {comment.score !== undefined && <Score score={comment.score} />}
          {comment.kind === 'LOW_RATING' && <Tag color="red">{t('surveys.comments.kind.LOW_RATING')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {comment.buildingName}
            {comment.unitLabel ? ` · ${comment.unitLabel}` : ''}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatTime(comment.createdAt)}
        </Typography.Text>
      </Flex>
      {question && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 2 }}>
          {textIn(question.text, textLanguageOf(i18n.language))}
        </Typography.Text>
      )}
      {comment.text ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{comment.text}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('surveys.comments.lowRatingOnly', { score: comment.score ?? '—' })}
        </Typography.Paragraph>
      )}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <CommentTags key={comment.version} comment={comment} editable={canHandle} suggestions={tagSuggestions} />
        {comment.workOrderId ? (
          <Flex gap={6} align="center" data-testid="comment-work-order">
            <ToolOutlined />
            <Link to={`/work-orders/${comment.workOrderId}`} style={{ fontFamily: 'monospace' }}>
              {comment.workOrderCode ?? t('surveys.comments.workOrder')}
            </Link>
            {comment.workOrderStatus && <WorkOrderStatusTag status={comment.workOrderStatus} />}
          </Flex>
        ) : (
          canHandle && (
            <Button size="small" icon={<ToolOutlined />} onClick={() => onCreateWorkOrder(comment)} data-testid="create-work-order">
              {t('surveys.comments.createWorkOrder')}
            </Button>
          )
        )}
      </Flex>
    </Card>
  );
}
