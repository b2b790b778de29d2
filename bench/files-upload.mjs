#!/usr/bin/env node
// Upload throughput and the API's heap while CLIENTS clients each upload FILES photos of about 5 MB to work orders
// (one order per client, stage DURING), one photo per request, all at once. The photos are PNGs of noise made here
// (noise does not compress, so each really is ~5 MB and really has to be decoded for its thumbnail). The heap is
// read from /actuator/prometheus (as the INTEGRATION user) every 250 ms during the run: it stays bounded when
// uploads are streamed to disk rather than buffered.
//
//   STEWARD_BASE_URL=http://127.0.0.1:8080 node bench/files-upload.mjs      (a running Steward with demo data)
//   CLIENTS=20 FILES=5 MB=5 node bench/files-upload.mjs
import { deflateSync } from 'node:zlib';

const base = (process.env.STEWARD_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const CLIENTS = Number(process.env.CLIENTS ?? 20);
const FILES = Number(process.env.FILES ?? 5);
const MB = Number(process.env.MB ?? 5);
const PASSWORD = process.env.STEWARD_PASSWORD ?? 'steward-demo';

async function token(username) {
  const r = await fetch(`${base}/api/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (!r.ok) throw new Error(`login ${username}: ${r.status}`);
  return (await r.json()).accessToken;
}

async function call(tok, method, path, body) {
  const r = await fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${tok}`, ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A PNG of random pixels of about `mb` MB (stored deflate blocks: noise does not compress anyway). */
function noisePng(mb, seed) {
  const width = 1600;
  const height = Math.ceil((mb * 1024 * 1024) / (width * 3));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let x = seed * 2654435761 >>> 0;
  for (let i = 0; i < raw.length; i++) {
    if (i % (width * 3 + 1) === 0) { raw[i] = 0; continue; }
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    raw[i] = x & 0xff;
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}
const CRC = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
function crc32(buf) { let c = -1; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ -1) >>> 0; }

async function heapBytes(tok) {
  const r = await fetch(`${base}/actuator/prometheus`, { headers: { Authorization: `Bearer ${tok}` } });
  const text = await r.text();
  let sum = 0;
  for (const line of text.split('\n')) if (line.startsWith('jvm_memory_used_bytes{') && line.includes('area="heap"')) sum += Number(line.split(' ').pop());
  return sum;
}

const agent = await token('agent');
const integration = await token('integration');
const sg = (await call(agent, 'GET', '/api/v1/projects')).items.find((p) => p.code === 'SG');
const orders = [];
for (let c = 0; c < CLIENTS; c++) {
  orders.push((await call(agent, 'POST', '/api/v1/work-orders', { projectId: sg.id, location: `bench ${c}`, type: 'REPAIR', category: 'PLUMBING', priority: 'NORMAL', channel: 'PHONE', title: `upload bench ${c}`, reporter: { name: 'bench', phone: '13800000000' } })).id);
}
const photos = Array.from({ length: Math.min(CLIENTS, 4) }, (_, i) => noisePng(MB, i + 1));
const size = photos[0].length;
console.log(`${CLIENTS} clients × ${FILES} photos of ${(size / 1048576).toFixed(2)} MB (PNG noise), one photo per request, against ${base}`);

const heapBefore = await heapBytes(integration);
let heapMax = heapBefore;
let sampling = true;
const sampler = (async () => { while (sampling) { heapMax = Math.max(heapMax, await heapBytes(integration)); await new Promise((r) => setTimeout(r, 250)); } })();

const latencies = [];
let failures = 0;
const started = performance.now();
await Promise.all(orders.map(async (orderId, c) => {
  for (let f = 0; f < FILES; f++) {
    const form = new FormData();
    form.append('files', new Blob([photos[c % photos.length]], { type: 'image/png' }), `bench-${c}-${f}.png`);
    const t0 = performance.now();
    const r = await fetch(`${base}/api/v1/work-orders/${orderId}/attachments?stage=DURING`, { method: 'POST', headers: { Authorization: `Bearer ${agent}` }, body: form });
    await r.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (r.status !== 201) { failures++; if (failures <= 3) console.error(`upload answered ${r.status}`); }
  }
}));
const seconds = (performance.now() - started) / 1000;
sampling = false;
await sampler;
const heapAfter = await heapBytes(integration);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(0);
const total = CLIENTS * FILES;
console.log(`uploads: ${total - failures} stored, ${failures} failed in ${seconds.toFixed(1)} s`);
console.log(`throughput: ${((total * size) / 1048576 / seconds).toFixed(1)} MB/s, ${(total / seconds).toFixed(1)} photos/s`);
console.log(`latency per photo: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);
console.log(`API heap used: before ${(heapBefore / 1048576).toFixed(0)} MB, max during ${(heapMax / 1048576).toFixed(0)} MB, after ${(heapAfter / 1048576).toFixed(0)} MB`);
