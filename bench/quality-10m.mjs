// The quality picture's requests, one after another as a manager's browser sends them: p50/p95/max per request kind.
// Run by bench/quality-10m.sh (BENCH_BASE: the API, BENCH_ROUNDS: requests per kind after a warm-up of 5 rounds of every kind).
const base = process.env.BENCH_BASE ?? 'http://127.0.0.1:8080';
const rounds = Number(process.env.BENCH_ROUNDS ?? 40);

async function call(path, token, body) {
  const response = await fetch(base + path, {
    method: body ? 'POST' : 'GET',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const token = (await call('/api/v1/auth/token', undefined, { username: 'manager', password: 'steward-demo' })).accessToken;
const projects = (await call('/api/v1/projects?limit=200', token)).items;
const generated = projects.filter((p) => /^P\d{3}$/.test(p.code));
const one = generated.find((p) => p.code === 'P050') ?? generated[0];
const ninety = new Date(Date.now() - 90 * 86_400_000).toISOString();

const kinds = [
  ['overview, one project, 30 days', `/api/v1/quality/overview?projectId=${one.id}`],
  ['overview, one project, per building', `/api/v1/quality/overview?projectId=${one.id}&groupBy=building`],
  ['overview, one project, per assignee', `/api/v1/quality/overview?projectId=${one.id}&groupBy=assignee`],
  ['overview, one project, per month (90 days)', `/api/v1/quality/overview?projectId=${one.id}&groupBy=month&from=${encodeURIComponent(ninety)}`],
  ['overview, one project, 90 days', `/api/v1/quality/overview?projectId=${one.id}&from=${encodeURIComponent(ninety)}`],
  // As the portfolio page asks: no project listed, all the manager's (the 100 and the two demo projects).
  ['portfolio, all 102 projects, 30 days', '/api/v1/quality/overview'],
  ['trend, one project, 12 months', `/api/v1/quality/trend?projectId=${one.id}&metric=resolutionOnTimeRate&months=12`],
  ['warnings, one project', `/api/v1/quality/warnings?projectId=${one.id}`],
];

// Warm-up: every kind five times first, so the JIT has compiled the shared paths before the first kind is measured.
for (let i = 0; i < 5; i += 1) for (const [, path] of kinds) await call(path, token);

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`${generated.length} generated projects; ${rounds} requests per kind after a warm-up of 5 rounds of every kind`);
console.log('| request | p50 ms | p95 ms | max ms |');
console.log('|---|---|---|---|');
for (const [name, path] of kinds) {
    const times = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await call(path, token);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} | ${times.at(-1).toFixed(0)} |`);
}
