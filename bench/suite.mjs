// The benchmark suite behind `./steward bench` (docs/performance.md): the API on a fresh database with generated
// orders, warmed up, then each workload under wrk at each connection count, beside pgbench on the SQL the endpoint
// runs. Prints req/s, p50/p99, non-2xx, JVM and PostgreSQL CPU per request, the API ÷ pgbench ratio, RSS, heap
// after GC and time to ready. Started by ./steward (which builds, finds PostgreSQL and starts the API); settings:
//
//   BENCH_ORDERS=15000        generated work orders (over a year, on the demo property)
//   BENCH_WARMUP=90           seconds of warm-up (create, get, list, assign in turn)
//   BENCH_DURATION=20         seconds per workload and connection count
//   BENCH_CONNECTIONS=16,64,256
//   BENCH_ONLY=create,get     only these workloads (create, create-one, get, list, deep, assign, keys, survey, sse)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const base = env.BENCH_BASE;
const db = env.BENCH_DB_URL;
const pid = Number(env.BENCH_API_PID);
const ORDERS = Number(env.BENCH_ORDERS ?? 15000);
const WARMUP = Number(env.BENCH_WARMUP ?? 90);
const DURATION = Number(env.BENCH_DURATION ?? 20);
const CONNECTIONS = (env.BENCH_CONNECTIONS ?? '16,64,256').split(',').map(Number);
const ONLY = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',')) : undefined;
// PostgreSQL allows 100 connections and the API holds some: pgbench gets at most this many clients.
const PGBENCH_MAX_CLIENTS = 64;
const SSE_LISTENERS = Number(env.BENCH_SSE_LISTENERS ?? 500);
if (!base || !db || !pid) throw new Error('run through ./steward bench (BENCH_BASE, BENCH_DB_URL, BENCH_API_PID)');

const work = mkdtempSync(join(tmpdir(), 'steward-bench-'));
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
const log = (line) => console.log(line);

// ------------------------------------------------------------------------------------------------ helpers

const quiet = { ...env, PGOPTIONS: '-c client_min_messages=warning' };
const psql = (sql) => execFileSync('psql', [db, '-v', 'ON_ERROR_STOP=1', '-Atqc', sql], { env: quiet }).toString().trim();

async function api(method, path, token, body) {
  const response = await fetch(base + path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}
const login = async (username) => (await api('POST', '/api/v1/auth/token', undefined, { username, password: 'steward-demo' })).accessToken;

/** CPU seconds (user + system) of one process, from /proc/<pid>/stat. */
function cpuOf(processId) {
  try {
    const stat = readFileSync(`/proc/${processId}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0; // gone meanwhile
  }
}
/** Per PostgreSQL process its CPU seconds so far (a delta over the processes alive at both ends). */
function postgresCpu() {
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') byPid.set(entry, cpuOf(entry));
    } catch {
      // gone
    }
  }
  return byPid;
}
const postgresDelta = (before, after) => [...after].reduce((sum, [key, value]) => sum + (value - (before.get(key) ?? 0)), 0);
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
function heapAfterGcMb() {
  try {
    execFileSync('jcmd', [String(pid), 'GC.run']);
    const info = execFileSync('jcmd', [String(pid), 'GC.heap_info']).toString();
    return Number(/used (\d+)K/.exec(info)[1]) / 1024;
  } catch {
    return NaN;
  }
}

function run(command, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...env, ...extraEnv } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} → ${code}\n${out}`))));
  });
}

const toMs = (value, unit) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);
function parseWrk(out) {
  const percentile = (p) => {
    const match = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    return match ? toMs(match[1], match[2]) : NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0),
    p50: percentile(50),
    p99: percentile(99),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

/** One wrk run with the API's and PostgreSQL's CPU measured around it. */
async function load(script, connections, seconds, settings, path = '/') {
  const jvm0 = cpuOf(pid);
  const pg0 = postgresCpu();
  const out = await run('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', '-s', join(here, 'wrk', script), base + path], {
    BENCH_WRK_DIR: join(here, 'wrk'),
    ...settings,
  });
  const result = parseWrk(out);
  const requests = Math.max(result.requests, 1);
  return { ...result, jvmMs: ((cpuOf(pid) - jvm0) * 1000) / requests, pgMs: (postgresDelta(pg0, postgresCpu()) * 1000) / requests };
}

async function pgbench(script, connections, seconds, vars) {
  const clients = Math.min(connections, PGBENCH_MAX_CLIENTS);
  const args = ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', join(here, 'pgbench', script)];
  for (const [key, value] of Object.entries(vars)) args.push('-D', `${key}=${value}`);
  try {
    const out = await run('pgbench', [...args, db]);
    return { tps: Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN), clients };
  } catch (error) {
    log(`  pgbench ${script}: ${String(error.message).split('\n').slice(-3).join(' ')}`);
    return { tps: NaN, clients };
  }
}

// ------------------------------------------------------------------------------------------------ set-up

log(`Setting up: ${ORDERS} generated orders, 20 projects, warm-up ${WARMUP} s, ${DURATION} s per run at ${CONNECTIONS.join(', ')} connections`);
const admin = await login('admin');
const [manager, agent] = [await login('manager'), await login('agent')];
const userId = (name) => psql(`select id from users where username = '${name}'`);
const agentId = userId('agent');
const techs = [userId('tech1'), userId('tech2')];
const sg = psql("select id from projects where code = 'SG'");
const jl = psql("select id from projects where code = 'JL'");
const projects = [sg, jl];
for (let i = 1; i <= 18; i++) {
  const code = `B${String(i).padStart(2, '0')}`;
  const existing = psql(`select id from projects where code = '${code}'`);
  projects.push(existing || (await api('POST', '/api/v1/projects', admin, { code, name: `压测项目 ${i}` })).id);
}
await api('PUT', `/api/v1/users/${agentId}/memberships`, admin, { projectIds: projects });
const agentToken = agent;
execFileSync('psql', [db, '-v', 'ON_ERROR_STOP=1', '-q', '-v', `n=${ORDERS}`, '-f', join(here, 'work-orders-1m.sql')], { stdio: ['ignore', 'ignore', 'inherit'], env: quiet });
psql(`create table if not exists bench_projects (i int primary key, id uuid not null);
      truncate bench_projects;
      insert into bench_projects select row_number() over (), id from unnest(array['${projects.join("','")}']::uuid[]) as p(id);
      create table if not exists bench_ids (i int primary key, id uuid not null, project_id uuid not null);
      truncate bench_ids;
      insert into bench_ids select row_number() over (), id, project_id
        from (select id, project_id from work_orders where project_id in ('${sg}', '${jl}') order by random() limit 10000) x;
      analyze`);
const idsFile = join(work, 'ids.txt');
writeFileSync(idsFile, psql('select id from bench_ids order by i') + '\n');
const openFile = join(work, 'open.txt');
/** SG orders a technician may be (re-)dispatched to: the assign workload's targets (bench_open for pgbench). */
function refreshOpenOrders() {
  psql(`create table if not exists bench_open (i int primary key, id uuid not null, project_id uuid not null);
        truncate bench_open;
        insert into bench_open select row_number() over (), id, project_id
          from (select id, project_id from work_orders where project_id = '${sg}' and status in ('NEW', 'ASSIGNED')
                order by random() limit 20000) x;
        analyze bench_open`);
  writeFileSync(openFile, psql('select id from bench_open order by i') + '\n');
  return Number(psql('select count(*) from bench_open'));
}

// Keys for the checkout-and-return cycle: 300 common-area keys of SG (made once through the API, so the ledger holds).
const KEY_COUNT = 300;
const custodian = await login('custodian');
const haveKeys = Number(psql(`select count(*) from keys where project_id = '${sg}' and code like 'BK%'`));
for (let i = haveKeys + 1; i <= KEY_COUNT; i++) {
  await api('POST', '/api/v1/keys', admin, { projectId: sg, code: `BK${String(i).padStart(3, '0')}`, type: 'COMMON_AREA', facility: `压测 ${i} 号门` });
}
const keysFile = join(work, 'keys.txt');
/** The bench keys that are in (a run ends with some out: their returns were not sent). */
function refreshKeys() {
  writeFileSync(keysFile, psql(`select id from keys where project_id = '${sg}' and code like 'BK%' and status = 'AVAILABLE' order by code`) + '\n');
  return keysFile;
}

// Survey links for the resident's answer: SG's open demo campaign copied (bench campaigns) with a link per unit each,
// made in SQL (only the link's SHA-256 is stored, as the API does); each run gets links never answered.
const openCampaign = psql(`select id from survey_campaigns where project_id = '${sg}' and status = 'OPEN' order by created_at limit 1`);
const surveyBody = JSON.stringify({
  answers: Object.entries(JSON.parse(psql(`select answers::text from survey_responses where campaign_id = '${openCampaign}' and channel = 'LINK' limit 1`)))
    .map(([questionId, value]) => ({ questionId, value })),
  language: 'zh-CN',
});
const linksFile = join(work, 'links.txt');
/** At least `count` unanswered links, made in bench campaigns of about 300 units each. */
function freshLinks(count) {
  psql(`create table if not exists bench_links (token text primary key, used boolean not null default false);
        update bench_links set used = true where not used`);
  const units = Number(psql(`select count(*) from units where project_id = '${sg}'`));
  for (let made = 0; made < count; made += units) {
    psql(`with c as (
            insert into survey_campaigns (project_id, template_id, template_version, title, opens_at, closes_at, status, anonymous,
                                          building_ids, created_by, created_at, opened_at)
            select project_id, template_id, template_version, 'bench ' || now(), now() - interval '1 day', now() + interval '30 days',
                   'OPEN', anonymous, '{}', created_by, now(), now()
            from survey_campaigns where id = '${openCampaign}' returning id, project_id),
          t as (select c.id as campaign_id, c.project_id, u.id as unit_id, u.building_id, md5(random()::text) || md5(random()::text) as token
                from c join units u on u.project_id = c.project_id),
          i as (insert into survey_invitations (campaign_id, project_id, unit_id, building_id, token_hash, created_at)
                select campaign_id, project_id, unit_id, building_id, sha256(convert_to(token, 'UTF8')), now() from t)
          insert into bench_links (token) select token from t`);
  }
  writeFileSync(linksFile, psql('select token from bench_links where not used') + '\n');
  return linksFile;
}

// A cursor 50 pages deep into SG's list.
let deepPath = `/api/v1/work-orders?projectId=${sg}&limit=20`;
for (let page = 0; page < 50; page++) {
  const body = await api('GET', deepPath, manager);
  if (!body.nextCursor) break;
  deepPath = `/api/v1/work-orders?projectId=${sg}&limit=20&cursor=${encodeURIComponent(body.nextCursor)}`;
}

const WORKLOADS = {
  create: { title: 'POST /work-orders (20 projects)', script: 'create.lua', settings: () => ({ BENCH_TOKEN: agentToken, BENCH_PROJECTS: projects.join(',') }), pg: ['create.sql', { projects: projects.length, agent: agentId }] },
  'create-one': { title: 'POST /work-orders (one project)', script: 'create.lua', settings: () => ({ BENCH_TOKEN: agentToken, BENCH_PROJECTS: sg }), pg: ['create.sql', { projects: 1, agent: agentId }] },
  get: { title: 'GET /work-orders/{id}', script: 'get.lua', settings: () => ({ BENCH_TOKEN: manager, BENCH_IDS: idsFile }), pg: ['get.sql', { ids: 10000 }] },
  list: { title: 'GET /work-orders?projectId (first page)', script: 'path.lua', settings: () => ({ BENCH_TOKEN: manager, BENCH_PATH: `/api/v1/work-orders?projectId=${sg}&limit=20` }), pg: ['list.sql', {}] },
  deep: { title: 'GET /work-orders?…&cursor (page 51)', script: 'path.lua', settings: () => ({ BENCH_TOKEN: manager, BENCH_PATH: deepPath }) },
  keys: { title: 'key checkout, then its return (POST …/checkouts, POST …/return)', script: 'key-cycle.lua', settings: () => ({ BENCH_TOKEN: custodian, BENCH_KEYS: refreshKeys(), BENCH_BORROWER: techs[0], BENCH_APPROVER: userId('manager') }) },
  survey: { title: 'POST /public/surveys/{token}/responses (a resident answers)', script: 'survey-answer.lua', settings: () => ({ BENCH_ANSWERS: surveyBody, BENCH_LINKS: freshLinks(Math.max(2000, DURATION * 800)) }) },
  assign: { title: 'POST /work-orders/{id}/assign', script: 'assign.lua', settings: () => ({ BENCH_TOKEN: agentToken, BENCH_IDS: openFile, BENCH_TECHS: techs.join(',') }), pg: ['assign.sql', () => ({ open: refreshOpenOrders(), tech: techs[0], agent: agentId })] },
};
const wanted = (name) => !ONLY || ONLY.has(name);

// ------------------------------------------------------------------------------------------------ warm-up

const warm = Math.max(1, Math.round(WARMUP / 4));
log(`Warming up (${WARMUP} s: create, get, list, assign)`);
await load('create.lua', 16, warm, WORKLOADS['create-one'].settings());
await load('get.lua', 16, warm, WORKLOADS.get.settings());
await load('path.lua', 16, warm, WORKLOADS.list.settings());
refreshOpenOrders();
await load('assign.lua', 16, warm, WORKLOADS.assign.settings());

// ------------------------------------------------------------------------------------------------ runs

const rows = [];
const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
for (const connections of CONNECTIONS) {
  for (const [name, workload] of Object.entries(WORKLOADS)) {
    if (!wanted(name)) continue;
    if (name === 'assign') refreshOpenOrders();
    const result = await load(workload.script, connections, DURATION, workload.settings());
    let pg = { tps: NaN, clients: 0 };
    if (workload.pg) {
      const [script, vars] = workload.pg;
      pg = await pgbench(script, connections, DURATION, typeof vars === 'function' ? vars() : vars);
    }
    const row = { name: workload.title, connections, ...result, pgTps: pg.tps, pgClients: pg.clients };
    rows.push(row);
    log(`  ${row.name} @${connections}: ${fmt(row.rps)} req/s, p50 ${fmt(row.p50, 1)} ms, p99 ${fmt(row.p99, 1)} ms, non-2xx ${row.non2xx}, errors ${row.errors}, JVM ${fmt(row.jvmMs, 2)} ms/req, PG ${fmt(row.pgMs, 2)} ms/req, pgbench ${fmt(row.pgTps)} tps`);
  }
}

// SSE: listeners (the manager, a member of SG) open while orders are created in SG; a parallel GET's latency.
let sse;
if (wanted('sse')) {
  const controller = new AbortController();
  let opened = 0;
  let events = 0;
  for (let i = 0; i < SSE_LISTENERS; i++) {
    fetch(`${base}/api/v1/events/stream`, { headers: { authorization: `Bearer ${manager}`, accept: 'text/event-stream' }, signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return;
        opened++;
        for await (const chunk of response.body) if (String(Buffer.from(chunk)).includes('WORK_ORDER')) events++;
      })
      .catch(() => undefined);
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const loadRun = load('create.lua', 16, DURATION, WORKLOADS['create-one'].settings());
  const times = [];
  const end = Date.now() + (DURATION - 2) * 1000;
  while (Date.now() < end) {
    const start = performance.now();
    await (await fetch(`${base}/api/v1/work-orders/${readFileSync(idsFile, 'utf8').slice(0, 36)}`, { headers: { authorization: `Bearer ${manager}` } })).arrayBuffer();
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const result = await loadRun;
  times.sort((a, b) => a - b);
  sse = { opened, events, result, getP50: times[Math.floor(times.length * 0.5)], getP99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))], rss: rssMb() };
  controller.abort();
}

// ------------------------------------------------------------------------------------------------ report

const rss = rssMb();
const heap = heapAfterGcMb();
const lines = [];
lines.push('', '| workload | conn | req/s | p50 ms | p99 ms | non-2xx | socket errors | JVM CPU ms/req | PG CPU ms/req | pgbench tps (clients) | API ÷ pgbench |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  lines.push(`| ${row.name} | ${row.connections} | ${fmt(row.rps)} | ${fmt(row.p50, 1)} | ${fmt(row.p99, 1)} | ${row.non2xx} | ${row.errors} | ${fmt(row.jvmMs, 2)} | ${fmt(row.pgMs, 2)} | ${Number.isFinite(row.pgTps) ? `${fmt(row.pgTps)} (${row.pgClients})` : '—'} | ${Number.isFinite(row.pgTps) ? fmt(row.rps / row.pgTps, 2) : '—'} |`);
}
if (sse) {
  lines.push('', `SSE: ${sse.opened} of ${SSE_LISTENERS} listeners open while creating at 16 connections: ${fmt(sse.result.rps)} creates/s (p99 ${fmt(sse.result.p99, 1)} ms, non-2xx ${sse.result.non2xx}); a parallel GET p50 ${fmt(sse.getP50, 1)} ms, p99 ${fmt(sse.getP99, 1)} ms; ${sse.events} WORK_ORDER events received; RSS ${fmt(sse.rss)} MB`);
}
lines.push('', `API: ready in ${env.BENCH_READY_MS ?? '?'} ms on a new database (migrations and demo data); RSS after the runs ${fmt(rss)} MB; heap after a full GC ${fmt(heap)} MB (JVM options: ${env.BENCH_JAVA_OPTS ?? 'the launcher defaults'})`);
lines.push(`Machine: ${execFileSync('nproc').toString().trim()} cores, load generator (wrk -t2), API and PostgreSQL on the same box; ${ORDERS} generated orders; ${WARMUP} s warm-up; ${DURATION} s per run.`);
log(lines.join('\n'));
if (env.BENCH_OUT) writeFileSync(env.BENCH_OUT, lines.join('\n') + '\n');
