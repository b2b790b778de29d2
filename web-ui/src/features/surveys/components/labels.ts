import type { SurveyCampaignStatus } from '@/features/surveys/api/list-survey-campaigns';
import type { SurveyDimension, SurveyQuestionType } from '@/features/surveys/api/list-survey-templates';
import type { Schemas } from '@/lib/api/client';

export const DIMENSIONS: readonly SurveyDimension[] = ['CUSTOMER_SERVICE', 'ENGINEERING', 'CLEANING', 'LANDSCAPING', 'SECURITY', 'PARKING', 'COMMUNITY', 'OVERALL'];
export const QUESTION_TYPES: readonly SurveyQuestionType[] = ['RATING_5', 'NPS', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'TEXT'];
export const CHOICE_TYPES: readonly SurveyQuestionType[] = ['SINGLE_CHOICE', 'MULTI_CHOICE'];
/** The question types a `showIf` can refer to, and the highest score each has. */
export const SCORED_TYPES: Partial<Record<SurveyQuestionType, number>> = { RATING_5: 5, NPS: 10 };
export const CAMPAIGN_STATUSES: readonly SurveyCampaignStatus[] = ['DRAFT', 'OPEN', 'CLOSED'];

export const CAMPAIGN_STATUS_COLORS: Record<SurveyCampaignStatus, string> = { DRAFT: 'default', OPEN: 'processing', CLOSED: 'green' };

export type WorkOrderStatus = Schemas['WorkOrderStatus'];
export type WorkOrderPriority = Schemas['WorkOrderPriority'];

/** The work-order statuses' colours, as the work-order screens show them. */
export const WORK_ORDER_STATUS_COLORS: Record<WorkOrderStatus, string> = {
  NEW: 'blue',
  ASSIGNED: 'geekblue',
  IN_PROGRESS: 'processing',
  ON_HOLD: 'orange',
  COMPLETED: 'cyan',
  CLOSED: 'green',
  REOPENED: 'magenta',
  CANCELLED: 'default',
};
export const WORK_ORDER_PRIORITIES: readonly WorkOrderPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
/** Every work-order type: an opinion may need a repair ("the corridor light is broken") as well as a complaint. */
export const WORK_ORDER_TYPES = ['REPAIR', 'COMPLAINT', 'RECTIFICATION', 'INQUIRY', 'SUGGESTION'] as const;
/** The default work-order category codes (the contract keeps categories an open list). */
export const WORK_ORDER_CATEGORIES: readonly string[] = ['PLUMBING', 'ELECTRICAL', 'ELEVATOR', 'DOOR_LOCK', 'CIVIL', 'CLEANING', 'LANDSCAPING', 'SECURITY', 'PARKING', 'NOISE', 'OTHER'];

/** The category an order from a comment most likely has, so that the agent rarely has to change it. */
export const CATEGORY_OF_DIMENSION: Record<SurveyDimension, string> = {
  CUSTOMER_SERVICE: 'OTHER',
  ENGINEERING: 'CIVIL',
  CLEANING: 'CLEANING',
  LANDSCAPING: 'LANDSCAPING',
  SECURITY: 'SECURITY',
  PARKING: 'PARKING',
  COMMUNITY: 'OTHER',
  OVERALL: 'OTHER',
};

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}
