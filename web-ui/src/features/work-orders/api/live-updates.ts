import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Schemas } from '@/lib/api/client';
import { getToken } from '@/lib/auth-storage';
import { workOrderQueryKey } from '@/features/work-orders/api/get-work-order';
import { workOrdersQueryKey } from '@/features/work-orders/api/list-work-orders';

export type ServerEvent = Schemas['ServerEvent'];

const RECONNECT_MS = 5000;

/** Splits received SSE text into complete events (their `data:` JSON) and the unfinished rest. */
export function parseServerEvents(text: string): { events: ServerEvent[]; rest: string } {
  const blocks = text.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ServerEvent[] = [];
  for (const block of blocks) {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    if (!data) continue;
    try {
      events.push(JSON.parse(data) as ServerEvent);
    } catch {
      // Not JSON: not one of ours; skip it rather than drop the stream.
    }
  }
  return { events, rest };
}

/**
 * GET /api/v1/events/stream — while mounted, orders created or changed by anyone (in `projectId`, or
 * in any of my projects) refresh the lists and the open detail without a reload. Read with fetch,
 * because EventSource cannot send the bearer token; reconnects after a drop.
 */
export function useLiveWorkOrders(projectId?: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;

    const onEvent = (event: ServerEvent) => {
      if (event.type === 'HEARTBEAT' || (projectId && event.projectId !== projectId)) return;
      void queryClient.invalidateQueries({ queryKey: [...workOrdersQueryKey, 'pages'] });
      if (event.workOrderId) void queryClient.invalidateQueries({ queryKey: workOrderQueryKey(event.workOrderId) });
    };

    const connect = async () => {
      const token = getToken();
      if (!token) return;
      try {
        const response = await fetch('/api/v1/events/stream', {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
          signal: controller.signal,
        });
        if (response.ok && response.body) {
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const parsed = parseServerEvents(buffer + value);
            buffer = parsed.rest;
            parsed.events.forEach(onEvent);
          }
        }
      } catch {
        // Dropped or refused: try again below, unless we were unmounted.
      }
      if (!controller.signal.aborted) retry = setTimeout(() => void connect(), RECONNECT_MS);
    };

    void connect();
    return () => {
      controller.abort();
      clearTimeout(retry);
    };
  }, [projectId, queryClient]);
}
