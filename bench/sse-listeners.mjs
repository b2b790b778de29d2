// Many live-stream (SSE) listeners against a running API: GET latency and the API's memory with and without them.
//
//   STEWARD_EVENTS_MAX_STREAMS_PER_USER=5000 SERVER_PORT=18102 ./steward run      # (another shell)
//   node bench/sse-listeners.mjs [base-url] [listeners] [api-pid]
//
// Prints p50/p99 of 200 sequential work-order list requests before and while N streams are open, the API's RSS
// (from /proc/<pid>/status, if a pid is given), how many streams opened, and a work order created while they are
// open: how long until every stream has seen it. Bounded: N streams, 200 requests per phase, then it stops.
import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const listeners = Number(process.argv[3] ?? 2000);
const pid = process.argv[4];

const rss = () => (pid ? readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1] / 1024 : NaN);
const login = async () => {
  const r = await fetch(`${base}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'manager', password: 'steward-demo' }) });
  return (await r.json()).accessToken;
};
const token = await login();
const auth = { authorization: `Bearer ${token}` };

async function latency(label) {
  const times = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const r = await fetch(`${base}/api/v1/work-orders?limit=20`, { headers: auth });
    await r.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${label}: GET p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, API RSS ${rss().toFixed(0)} MB`);
}

await latency('no streams');
const controller = new AbortController();
setMaxListeners(listeners + 10, controller.signal);
let open = 0;
const seen = new Set();
let marker = null;
const streams = [];
for (let i = 0; i < listeners; i++) {
  streams.push(fetch(`${base}/api/v1/events/stream`, { headers: { ...auth, accept: 'text/event-stream' }, signal: controller.signal })
    .then(async (r) => {
      if (r.status !== 200) return `status ${r.status}`;
      open++;
      const decoder = new TextDecoder();
      for await (const chunk of r.body) {
        if (marker && decoder.decode(chunk).includes(marker)) seen.add(i);
      }
      return 'ended';
    }).catch((e) => e.name));
}
const start = Date.now();
while (open < listeners && Date.now() - start < 120_000) await new Promise((r) => setTimeout(r, 200));
console.log(`${open} of ${listeners} streams open after ${((Date.now() - start) / 1000).toFixed(1)} s`);
await latency(`${open} streams`);

const projects = await (await fetch(`${base}/api/v1/projects`, { headers: auth })).json();
marker = 'WORK_ORDER_CREATED'; // nothing else creates orders meanwhile
const created = performance.now();
await fetch(`${base}/api/v1/work-orders`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' },
  body: JSON.stringify({ projectId: projects.items[0].id, location: '大堂', type: 'REPAIR', category: 'PLUMBING',
    priority: 'NORMAL', channel: 'PHONE', title: `bench ${Date.now()}`, reporter: { name: '王伟', phone: '13812345678' } }) });
while (seen.size < open && performance.now() - created < 30_000) await new Promise((r) => setTimeout(r, 20));
console.log(`event seen by ${seen.size} of ${open} streams after ${(performance.now() - created).toFixed(0)} ms`);
controller.abort();
await Promise.allSettled(streams);
process.exit(0);
