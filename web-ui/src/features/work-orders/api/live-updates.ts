import { useQueryClient } from '@tanstack/react-query';
import { workOrderQueryKey } from '@/features/work-orders/api/get-work-order';
import { invalidateWorkOrderLists } from '@/features/work-orders/api/list-work-orders';
import { useServerEvents, type ServerEvent } from '@/lib/server-events';

/** What concerns work orders; other modules' events (and heartbeats) share the stream. */
const WORK_ORDER_EVENTS: readonly ServerEvent['type'][] = ['WORK_ORDER_CREATED', 'WORK_ORDER_CHANGED', 'SLA_BREACHED'];

/**
 * GET /api/v1/events/stream — while mounted, orders created or changed by anyone (in `projectId`, or
 * in any of my projects) refresh the lists, their tab counts, the complaint review and the open detail
 * without a reload.
 */
export function useLiveWorkOrders(projectId?: string) {
  const queryClient = useQueryClient();
  useServerEvents((event) => {
    if (!WORK_ORDER_EVENTS.includes(event.type) || (projectId && event.projectId !== projectId)) return;
    void invalidateWorkOrderLists(queryClient);
    if (event.workOrderId) void queryClient.invalidateQueries({ queryKey: workOrderQueryKey(event.workOrderId) });
  });
}
