import { describe, expect, it } from 'vitest';
import { parseServerEvents } from '@/features/work-orders/api/live-updates';

describe('parseServerEvents', () => {
  it('returns complete events and keeps the unfinished tail', () => {
    const text =
      'data:{"type":"HEARTBEAT","at":"2026-11-23T10:00:00Z"}\n\n' +
      'data:{"type":"WORK_ORDER_CREATED","projectId":"p1","workOrderId":"w1","at":"2026-11-23T10:00:01Z"}\r\n\r\n' +
      'data:{"type":"WORK_ORD';
    const { events, rest } = parseServerEvents(text);
    expect(events.map((e) => e.type)).toEqual(['HEARTBEAT', 'WORK_ORDER_CREATED']);
    expect(events[1]?.workOrderId).toBe('w1');
    expect(rest).toBe('data:{"type":"WORK_ORD');
  });

  it('skips blocks that are not JSON data', () => {
    expect(parseServerEvents(': keep-alive\n\ndata:not json\n\n').events).toEqual([]);
  });
});
