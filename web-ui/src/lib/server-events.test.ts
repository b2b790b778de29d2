import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/auth-storage';
import { onServerResync, parseServerEvents, subscribeServerEvents, type ServerEvent } from '@/lib/server-events';
import { eventStreamResponse } from '@/testing/event-stream';

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

  it("reads the server's reconnection delay", () => {
    const parsed = parseServerEvents('data:{"type":"HEARTBEAT","at":"2026-11-23T10:00:00Z"}\n\nretry:1000\n:closing: reconnect\n\n');
    expect(parsed.events.map((e) => e.type)).toEqual(['HEARTBEAT']);
    expect(parsed.retryMs).toBe(1000);
    expect(parseServerEvents('data:{"type":"HEARTBEAT","at":"2026-11-23T10:00:00Z"}\n\n').retryMs).toBeUndefined();
  });

  it('reads the last event id, the one to resume from', () => {
    const parsed = parseServerEvents(
      'id:41\ndata:{"type":"KEY_CHANGED","id":41,"at":"2026-11-23T10:00:00Z"}\n\n' +
        'id: 42\ndata:{"type":"WORK_ORDER_CHANGED","id":42,"at":"2026-11-23T10:00:01Z"}\n\n' +
        'data:{"type":"HEARTBEAT","at":"2026-11-23T10:00:02Z"}\n\nid:43\ndata:{"ty',
    );
    expect(parsed.events.map((e) => e.type)).toEqual(['KEY_CHANGED', 'WORK_ORDER_CHANGED', 'HEARTBEAT']);
    expect(parsed.lastEventId).toBe('42');
    expect(parseServerEvents('data:{"type":"HEARTBEAT","at":"2026-11-23T10:00:00Z"}\n\n').lastEventId).toBeUndefined();
  });

  it('skips blocks that are not JSON data', () => {
    expect(parseServerEvents(': keep-alive\n\ndata:not json\n\n').events).toEqual([]);
  });
});

describe('subscribeServerEvents', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shares one connection between listeners, hands each of them every event and closes with the last', async () => {
    saveToken('token-1', 900);
    let signal: AbortSignal | undefined;
    const fetchMock = vi.fn((_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return Promise.resolve(
        eventStreamResponse(
          [
            { type: 'KEY_OVERDUE', projectId: 'p1', keyId: 'k1', at: '2026-11-23T10:00:00Z' },
            { type: 'WORK_ORDER_CHANGED', projectId: 'p1', workOrderId: 'w1', at: '2026-11-23T10:00:01Z' },
          ],
          50,
        ),
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    const first: ServerEvent[] = [];
    const second: ServerEvent[] = [];
    const stopFirst = subscribeServerEvents((event) => first.push(event));
    const stopSecond = subscribeServerEvents((event) => second.push(event));

    await vi.waitFor(() => expect(second).toHaveLength(2));
    expect(first.map((event) => event.type)).toEqual(['KEY_OVERDUE', 'WORK_ORDER_CHANGED']);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[1].headers).toMatchObject({ Authorization: 'Bearer token-1' });

    stopFirst();
    expect(signal?.aborted).toBe(false);
    stopSecond();
    expect(signal?.aborted).toBe(true);
  });

  it('reconnects with Last-Event-ID and reloads on RESYNC', async () => {
    saveToken('token-1', 900);
    const closing = (text: string) =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(text));
            controller.close();
          },
        }),
        { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
      );
    const fetchMock = vi
      .fn<(url: string, init: RequestInit) => Promise<Response>>()
      .mockResolvedValueOnce(
        closing('id:7\ndata:{"type":"WORK_ORDER_CHANGED","id":7,"projectId":"p1","at":"2026-11-23T10:00:00Z"}\n\nretry:10\n\n'),
      )
      .mockResolvedValueOnce(closing('id:9\ndata:{"type":"RESYNC","id":9,"at":"2026-11-23T10:00:01Z"}\n\nretry:10\n\n'))
      .mockResolvedValue(eventStreamResponse([]));
    vi.stubGlobal('fetch', fetchMock);
    const reload = vi.fn();
    onServerResync(reload);
    const seen: ServerEvent[] = [];
    const stop = subscribeServerEvents((event) => seen.push(event));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    expect(fetchMock.mock.calls[0]?.[1].headers).not.toHaveProperty('Last-Event-ID');
    expect(fetchMock.mock.calls[1]?.[1].headers).toMatchObject({ 'Last-Event-ID': '7' });
    expect(fetchMock.mock.calls[2]?.[1].headers).toMatchObject({ 'Last-Event-ID': '9' });
    expect(reload).toHaveBeenCalledTimes(1);
    expect(seen.map((event) => event.type)).toEqual(['WORK_ORDER_CHANGED', 'RESYNC']);
    stop();
  });
});
