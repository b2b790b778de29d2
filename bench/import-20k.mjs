#!/usr/bin/env node
// Bulk import: generates a CSV of ROWS (default 20,000) units, each with one resident, for a building of the
// project PROJECT (default JL), imports it (a dry run first, then the real run) and prints the times. The goal
// (issue 15): 20,000 rows in under 30 s. A second real run of the same file must be a replay (no new rows).
//
//   STEWARD_BASE_URL=http://127.0.0.1:8080 node bench/import-20k.mjs     (a running Steward with demo data)
//   ROWS=50000 PROJECT=SG node bench/import-20k.mjs
const base = (process.env.STEWARD_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const ROWS = Number(process.env.ROWS ?? 20000);
const PROJECT = process.env.PROJECT ?? 'JL';
const PASSWORD = process.env.STEWARD_PASSWORD ?? 'steward-demo';

async function json(r, what) {
  const text = await r.text();
  if (!r.ok) throw new Error(`${what}: ${r.status} ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

const login = await fetch(`${base}/api/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
const token = (await json(login, 'login')).accessToken;
const auth = { Authorization: `Bearer ${token}` };
const projects = await json(await fetch(`${base}/api/v1/projects?limit=200`, { headers: auth }), 'projects');
const project = projects.items.find((p) => p.code === PROJECT);
if (!project) throw new Error(`no project ${PROJECT}`);
const buildings = await json(await fetch(`${base}/api/v1/projects/${project.id}/buildings?limit=1`, { headers: auth }), 'buildings');
const building = buildings.items[0].code;

// Unit numbers of a run of their own (B<run>-<n>), so the benchmark can run again on the same database.
const run = Date.now().toString(36).toUpperCase().slice(-6);
const lines = ['\uFEFF楼栋编号 (building),房号 (unit),楼层 (floor),建筑面积 (areaM2),状态 (status),住户姓名 (residentName),住户电话 (residentPhone),住户关系 (residentRelation),入住日期 (movedInOn)'];
for (let i = 0; i < ROWS; i++) {
  const floor = 1 + (i % 40);
  lines.push(`${building},B${run}-${i},${floor},${(60 + (i % 90)).toFixed(1)},OCCUPIED,住户${i},138${String(i).padStart(8, '0')},OWNER,2020-01-01`);
}
const file = Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
console.log(`file: ${ROWS} rows, ${(file.length / 1024 / 1024).toFixed(2)} MB, building ${building} of ${PROJECT}`);

async function upload(dryRun) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'text/csv' }), `bench-${run}.csv`);
  const t = performance.now();
  const r = await json(await fetch(`${base}/api/v1/projects/${project.id}/imports?dryRun=${dryRun}`, { method: 'POST', headers: auth, body: form }), 'import');
  return { r, ms: performance.now() - t };
}

const dry = await upload(true);
console.log(`dry run:   ${(dry.ms / 1000).toFixed(2)} s  status ${dry.r.status}, ${dry.r.errors.length} errors`);
const real = await upload(false);
console.log(`import:    ${(real.ms / 1000).toFixed(2)} s  status ${real.r.status}, units ${real.r.unitsCreated}, residents ${real.r.residentsCreated}`);
const again = await upload(false);
console.log(`same file: ${(again.ms / 1000).toFixed(2)} s  replayed ${again.r.replayed}`);
const ok = real.r.status === 'IMPORTED' && real.r.unitsCreated === ROWS && again.r.replayed && real.ms < 30000;
console.log(ok ? `OK: ${ROWS} rows imported in ${(real.ms / 1000).toFixed(2)} s (< 30 s)` : 'FAILED');
process.exit(ok ? 0 : 1);
