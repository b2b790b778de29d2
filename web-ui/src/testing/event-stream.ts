/** A `text/event-stream` response that sends these events (as `data:` lines) and then stays open, like the API's. */
export function eventStreamResponse(events: readonly object[], chunkSize = Number.POSITIVE_INFINITY): Response {
  const text = events.map((event) => `data:${JSON.stringify(event)}\n\n`).join('');
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const encoder = new TextEncoder();
      // Split anywhere, as the network may: an event can arrive in two reads.
      for (let start = 0; start < text.length; start += chunkSize) controller.enqueue(encoder.encode(text.slice(start, start + chunkSize)));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}
