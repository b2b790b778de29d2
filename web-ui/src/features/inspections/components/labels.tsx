import { Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';

type LocalizedText = Schemas['LocalizedText'];

export const METHODS: readonly Schemas['InspectionMethod'][] = ['OPEN', 'UNANNOUNCED', 'POST_QUESTIONING', 'CUSTOMER_CALLBACK', 'WRITTEN_TEST'];
export const GRADES: readonly Schemas['InspectionGrade'][] = ['EXCELLENT', 'GOOD', 'FAIL'];
export const RECTIFICATION_STATUSES: readonly Schemas['RectificationStatus'][] = ['OPEN', 'AWAITING_REINSPECTION', 'CLOSED', 'CANCELLED'];

const GRADE_COLORS: Record<Schemas['InspectionGrade'], string> = { EXCELLENT: 'green', GOOD: 'blue', FAIL: 'red' };
const RECTIFICATION_COLORS: Record<Schemas['RectificationStatus'], string> = { OPEN: 'orange', AWAITING_REINSPECTION: 'purple', CLOSED: 'green', CANCELLED: 'default' };

/** A rubric's text (names, check points) in the UI's language. */
export function useLocalized(): (text: LocalizedText | undefined) => string {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  return useCallback((text) => (text ? (zh ? text.zh : text.en) : ''), [zh]);
}

export function GradeTag({ grade, large = false }: { grade: Schemas['InspectionGrade'] | undefined; large?: boolean }) {
  const { t } = useTranslation();
  if (!grade) return null;
  return (
    <Tag color={GRADE_COLORS[grade]} style={large ? { fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 } : undefined} data-testid="grade-tag" data-grade={grade}>
      {t(`inspections.grade.${grade}`)}
    </Tag>
  );
}

export function RectificationStatusTag({ status }: { status: Schemas['RectificationStatus'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={RECTIFICATION_COLORS[status]} data-testid="rectification-status">
      {t(`inspections.rectificationStatus.${status}`)}
    </Tag>
  );
}

/** Points as people write them: 10, 6.5, 0.25. */
export function points(value: number | undefined): string {
  if (value === undefined) return '—';
  return String(Math.round(value * 100) / 100);
}

/** A 0–1 rate as a percentage with one decimal, or "—". */
export function percent(rate: number | undefined): string {
  return rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export const PLAN_LEVELS: readonly Schemas['InspectionPlanLevel'][] = ['GROUP', 'SUBSIDIARY', 'SERVICE_CENTRE', 'CUSTOM'];
export const TASK_STATUSES: readonly Schemas['InspectionTaskStatus'][] = ['OPEN', 'IN_PROGRESS', 'DONE', 'MISSED'];
const TASK_COLORS: Record<Schemas['InspectionTaskStatus'], string> = { OPEN: 'blue', IN_PROGRESS: 'orange', DONE: 'green', MISSED: 'red' };

/** A task's status; MISSED is 应查未查. */
export function TaskStatusTag({ status }: { status: Schemas['InspectionTaskStatus'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_COLORS[status]} data-testid="task-status" data-status={status}>
      {t(`inspections.taskStatus.${status}`)}
    </Tag>
  );
}
