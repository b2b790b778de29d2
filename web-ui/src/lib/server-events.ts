import { useEffect, useEffectEvent } from 'react';
import type { Schemas } from '@/lib/api/client';
import { getToken } from '@/lib/auth-storage';

export type ServerEvent = Schemas['ServerEvent'];
type Listener = (event: ServerEvent) => void;

const RECONNECT_MS = 5000;

/**
 * Splits received SSE text into complete events (their `data:` JSON) and the unfinished rest, and reads the
 * server's reconnection delay (`retry:` in ms), which it sends when it closes the stream (e.g. on shutdown),
 * and the last event id (`id:`), which the stream sends back as `Last-Event-ID` when it reconnects.
 */
export function parseServerEvents(text: string): { events: ServerEvent[]; rest: string; retryMs?: number; lastEventId?: string } {
  const blocks = text.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ServerEvent[] = [];
  let retryMs: number | undefined;
  let lastEventId: string | undefined;
  for (const block of blocks) {
    const retry = /^retry:\s*(\d+)\s*$/m.exec(block);
    if (retry?.[1]) retryMs = Number(retry[1]);
    const id = /^id:\s?(.*)$/m.exec(block);
    if (id) lastEventId = id[1];
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
  return {
    events,
    rest,
    ...(retryMs === undefined ? {} : { retryMs }),
    ...(lastEventId === undefined ? {} : { lastEventId }),
  };
}

const listeners = new Set<Listener>();
let stream: AbortController | undefined;
let resync: (() => void) | undefined;

/**
 * What to do on RESYNC: the events missed while the stream was away are no longer kept (or were too many), so
 * whatever is on screen is reloaded. The app registers it once (invalidating every query).
 */
export function onServerResync(handler: () => void) {
  resync = handler;
}

/**
 * Reads GET /api/v1/events/stream with fetch (EventSource cannot send the bearer token) and hands
 * every event to the listeners; reconnects after a drop until aborted, with `Last-Event-ID` (as EventSource
 * would), so the events missed meanwhile are replayed first.
 */
function openStream(): AbortController {
  const controller = new AbortController();
  let retry: ReturnType<typeof setTimeout> | undefined;
  controller.signal.addEventListener('abort', () => clearTimeout(retry));

  let reconnectMs = RECONNECT_MS;
  let lastEventId: string | undefined;
  const connect = async () => {
    const token = getToken();
    if (!token) return;
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
      if (lastEventId) headers['Last-Event-ID'] = lastEventId;
      const response = await fetch('/api/v1/events/stream', { headers, signal: controller.signal });
      // Refused as malformed (400): resume no more from that id; the next connection starts live.
      if (response.status === 400) lastEventId = undefined;
      if (response.ok && response.body) {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const parsed = parseServerEvents(buffer + value);
          buffer = parsed.rest;
          if (parsed.retryMs !== undefined) reconnectMs = parsed.retryMs;
          if (parsed.lastEventId !== undefined) lastEventId = parsed.lastEventId;
          parsed.events.forEach((event) => {
            if (event.type === 'RESYNC') resync?.();
            listeners.forEach((listener) => listener(event));
          });
        }
      }
    } catch {
      // Dropped or refused: try again below, unless the last listener left.
    }
    if (!controller.signal.aborted) retry = setTimeout(() => void connect(), reconnectMs);
  };

  void connect();
  return controller;
}

/**
 * Listens to the live stream. Every screen that listens shares one connection: it opens with the
 * first listener and closes when the last one leaves.
 */
export function subscribeServerEvents(listener: Listener): () => void {
  listeners.add(listener);
  stream ??= openStream();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stream?.abort();
    stream = undefined;
  };
}

/** While mounted, `onEvent` sees every live event (always its latest version, without reconnecting). */
export function useServerEvents(onEvent: Listener) {
  const handle = useEffectEvent(onEvent);
  useEffect(() => subscribeServerEvents((event) => handle(event)), []);
}
