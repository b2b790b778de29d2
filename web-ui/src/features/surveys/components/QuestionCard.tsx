import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, DownOutlined, HolderOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Tag, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textLanguageOf } from '@/components/questionnaire/questionnaire';
import type { DraftQuestion } from '@/features/surveys/components/template-draft';

/**
 * One question of the builder: a one-line summary with its move, expand and delete buttons; the
 * fields below it when expanded (only then mounted: a hundred questions' fields would be slow).
 * Drag the handle to reorder, or use the arrow buttons from the keyboard.
 */
export function QuestionCard({
  question,
  index,
  count,
  expanded,
  hasError,
  editable,
  dependents,
  onToggle,
  onMove,
  onRemove,
  onDropAt,
  children,
}: {
  question: DraftQuestion;
  index: number;
  count: number;
  expanded: boolean;
  hasError: boolean;
  editable: boolean;
  /** How many questions are asked only after this one (their condition goes with it). */
  dependents: number;
  onToggle: () => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** A question dragged from `from` was dropped on this one. */
  onDropAt: (from: number) => void;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [dropTarget, setDropTarget] = useState(false);
  const number = index + 1;
  const [first, second] = textLanguageOf(i18n.language) === 'zh' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);
  const summary = question.text?.[first]?.trim() || question.text?.[second]?.trim() || t('surveys.builder.emptyText');

  return (
    <Card
      size="small"
      className={`sv-question-card${dropTarget ? ' sv-drop-target' : ''}${hasError ? ' sv-has-error' : ''}`}
      data-testid="question-card"
      data-question-id={question.id}
      onDragOver={(event) => {
        if (!editable || !event.dataTransfer.types.includes('application/x-survey-question')) return;
        event.preventDefault();
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        setDropTarget(false);
        const from = Number(event.dataTransfer.getData('application/x-survey-question'));
        if (!Number.isInteger(from) || from === index) return;
        event.preventDefault();
        onDropAt(from);
      }}
      title={
        <Flex align="center" gap={6} style={{ minWidth: 0 }}>
          {editable && (
            <span
              className="sv-drag-handle"
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData('application/x-survey-question', String(index));
                event.dataTransfer.effectAllowed = 'move';
              }}
              title={t('surveys.builder.dragHint')}
              aria-hidden
            >
              <HolderOutlined />
            </span>
          )}
          <Tag bordered={false} color="blue" style={{ marginInlineEnd: 0 }}>
            {number}
          </Tag>
          <button type="button" className="sv-question-summary" onClick={onToggle} aria-expanded={expanded}>
            {summary}
            {question.required && <span style={{ color: '#ff4d4f' }}> *</span>}
          </button>
          <Tag style={{ marginInlineEnd: 0 }} className="sv-hide-on-phone">
            {t(`surveys.questionType.${question.type}`)}
          </Tag>
          {question.dimension && (
            <Tag color="geekblue" style={{ marginInlineEnd: 0 }} className="sv-hide-on-phone">
              {t(`surveys.dimension.${question.dimension}`)}
            </Tag>
          )}
          {question.showIf && (
            <Tooltip title={t('surveys.builder.conditionalHint', { maxScore: question.showIf.maxScore ?? '?' })}>
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                {t('surveys.builder.conditional')}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      }
      extra={
        <Flex gap={0}>
          {editable && (
            <>
              <Button
                type="text"
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => onMove(index - 1)}
                aria-label={t('surveys.builder.moveUp', { number })}
                data-move={`up-${question.id}`}
              />
              <Button
                type="text"
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={index === count - 1}
                onClick={() => onMove(index + 1)}
                aria-label={t('surveys.builder.moveDown', { number })}
                data-move={`down-${question.id}`}
              />
            </>
          )}
          <Button
            type="text"
            size="small"
            icon={expanded ? <UpOutlined /> : <DownOutlined />}
            onClick={onToggle}
            disabled={false}
            aria-expanded={expanded}
            aria-label={expanded ? t('surveys.builder.collapse', { number }) : t('surveys.builder.expand', { number })}
          />
          {editable && (
            <Popconfirm
              title={t('surveys.builder.removeConfirm', { number })}
              description={dependents > 0 ? t('surveys.builder.removeDependents', { count: dependents }) : undefined}
              okText={t('surveys.builder.remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={onRemove}
            >
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('surveys.builder.removeQuestion', { number })} disabled={count <= 1} />
            </Popconfirm>
          )}
        </Flex>
      }
      styles={{ body: expanded ? undefined : { display: 'none' } }}
    >
      {expanded && children}
    </Card>
  );
}
