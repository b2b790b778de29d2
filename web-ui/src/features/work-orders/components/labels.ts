import type {
  WorkOrder,
  WorkOrderAction,
  WorkOrderChannel,
  WorkOrderPriority,
  WorkOrderStatus,
  WorkOrderType,
} from '@/features/work-orders/api/list-work-orders';

export const STATUSES: readonly WorkOrderStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CLOSED', 'REOPENED', 'CANCELLED'];
/** Not yet done: what the "open" tab shows. */
export const OPEN_STATUSES: readonly WorkOrderStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'REOPENED'];
export const TYPES: readonly WorkOrderType[] = ['REPAIR', 'COMPLAINT', 'INQUIRY', 'SUGGESTION', 'RECTIFICATION'];
export const PRIORITIES: readonly WorkOrderPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const CHANNELS: readonly WorkOrderChannel[] = ['PHONE', 'FRONT_DESK', 'WALK_IN', 'APP', 'WECHAT', 'INSPECTION', 'SURVEY', 'INTEGRATION'];
/** The default category codes (the contract keeps categories an open code list). */
export const CATEGORIES: readonly string[] = [
  'PLUMBING',
  'ELECTRICAL',
  'ELEVATOR',
  'DOOR_LOCK',
  'CIVIL',
  'CLEANING',
  'LANDSCAPING',
  'SECURITY',
  'PARKING',
  'NOISE',
  'OTHER',
];
export const ACTIONS: readonly WorkOrderAction[] = ['ASSIGN', 'START', 'HOLD', 'RESUME', 'COMPLETE', 'RETURN_VISIT', 'REOPEN', 'CANCEL', 'EDIT', 'COMMENT'];

export const STATUS_COLORS: Record<WorkOrderStatus, string> = {
  NEW: 'blue',
  ASSIGNED: 'geekblue',
  IN_PROGRESS: 'processing',
  ON_HOLD: 'orange',
  COMPLETED: 'cyan',
  CLOSED: 'green',
  REOPENED: 'magenta',
  CANCELLED: 'default',
};

export const PRIORITY_COLORS: Record<WorkOrderPriority, string> = {
  URGENT: 'red',
  HIGH: 'volcano',
  NORMAL: 'blue',
  LOW: 'default',
};

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}

/** 改派 (reassign) rather than 派单 (dispatch) when the order already has someone on it. */
export function actionLabel(order: Pick<WorkOrder, 'assigneeId'>, action: WorkOrderAction): WorkOrderAction | 'REASSIGN' {
  return action === 'ASSIGN' && order.assigneeId ? 'REASSIGN' : action;
}
