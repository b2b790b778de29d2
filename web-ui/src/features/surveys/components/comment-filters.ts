import type { SurveyCommentFilters } from '@/features/surveys/api/list-survey-comments';
import { DIMENSIONS, isOneOf } from '@/features/surveys/components/labels';

/** URL query parameters that hold the opinion library's filters. */
export const COMMENT_PARAMS = { dimension: 'dimension', building: 'building', tag: 'tag', workOrder: 'workOrder' } as const;
export const WORK_ORDER_FILTERS = ['all', 'with', 'without'] as const;
export type WorkOrderFilter = (typeof WORK_ORDER_FILTERS)[number];

export function readCommentFilters(params: URLSearchParams): SurveyCommentFilters & { workOrder: WorkOrderFilter } {
  const dimension = params.get(COMMENT_PARAMS.dimension);
  const workOrder = params.get(COMMENT_PARAMS.workOrder);
  const filter: WorkOrderFilter = isOneOf(WORK_ORDER_FILTERS, workOrder) ? workOrder : 'all';
  return {
    dimension: isOneOf(DIMENSIONS, dimension) ? dimension : undefined,
    buildingId: params.get(COMMENT_PARAMS.building) ?? undefined,
    tag: params.get(COMMENT_PARAMS.tag)?.trim() || undefined,
    hasWorkOrder: filter === 'all' ? undefined : filter === 'with',
    workOrder: filter,
  };
}
