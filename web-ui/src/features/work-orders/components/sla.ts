import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** The due date that matters now: the response until someone is on site, then the resolution. */
export function currentDue(order: WorkOrder): { kind: 'response' | 'resolution'; dueAt: string; breached: boolean } | undefined {
  if (order.status === 'CANCELLED' || order.status === 'CLOSED' || order.status === 'COMPLETED') return undefined;
  if (!order.sla.respondedAt && (order.status === 'NEW' || order.status === 'ASSIGNED' || order.status === 'REOPENED')) {
    return { kind: 'response', dueAt: order.sla.responseDueAt, breached: order.sla.responseBreached };
  }
  return { kind: 'resolution', dueAt: order.sla.resolutionDueAt, breached: order.sla.resolutionBreached };
}
