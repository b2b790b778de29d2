import { useEffect, useState } from 'react';
import type { WorkOrder } from '@/features/work-orders/api/list-work-orders';

/** The due date that matters now: the response until someone is on site, then the resolution. */
export function currentDue(order: WorkOrder): { kind: 'response' | 'resolution'; dueAt: string; breached: boolean } | undefined {
  if (order.status === 'CANCELLED' || order.status === 'CLOSED' || order.status === 'COMPLETED') return undefined;
  if (!order.sla.respondedAt && (order.status === 'NEW' || order.status === 'ASSIGNED' || order.status === 'REOPENED')) {
    return { kind: 'response', dueAt: order.sla.responseDueAt, breached: order.sla.responseBreached };
  }
  return { kind: 'resolution', dueAt: order.sla.resolutionDueAt, breached: order.sla.resolutionBreached };
}

/** Now, refreshed every `intervalMs` (the SLA countdowns). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Days, hours and minutes of a duration, largest two parts (e.g. {h: 1, m: 20}). */
export function splitDuration(ms: number): { d: number; h: number; m: number } {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  return { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60), m: minutes % 60 };
}
