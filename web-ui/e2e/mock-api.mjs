#!/usr/bin/env node
// A small stand-in for the Steward API, following ../openapi.yaml, with the demo data's shape.
// It serves web-ui/dist (SPA fallback to index.html) and /api/v1/* on one origin, like the real
// jar does, so the UI can be looked at and the e2e story run without Java and PostgreSQL:
//   npm run build && node e2e/mock-api.mjs            (port 4174, or MOCK_API_PORT)
//   STEWARD_E2E_BASE_URL=http://localhost:4174 npm run e2e
// It is a development aid only: the real e2e target is the API jar with STEWARD_DEMO_DATA=true.
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.MOCK_API_PORT ?? 4174);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const PASSWORD = 'steward-demo';

const sg = { id: randomUUID(), code: 'SG', name: '阳光花园', timezone: 'Asia/Shanghai', address: '上海市浦东新区阳光路 88 号' };
const jl = { id: randomUUID(), code: 'JL', name: '翠湖苑', timezone: 'Asia/Shanghai', address: '杭州市西湖区翠湖路 12 号' };
const projects = [jl, sg].map((p) => ({ ...p, version: 0, createdAt: '2026-01-05T02:00:00Z' }));

const users = {
  admin: { displayName: '系统管理员', roles: ['ADMIN'], projects: [sg, jl] },
  manager: { displayName: '王经理', roles: ['MANAGER'], projects: [sg, jl] },
  agent: { displayName: '李客服', roles: ['AGENT'], projects: [sg] },
  agent2: { displayName: '赵客服', roles: ['AGENT'], projects: [jl] },
  tech1: { displayName: '张师傅', roles: ['TECHNICIAN'], projects: [sg] },
  tech2: { displayName: '刘师傅', roles: ['TECHNICIAN'], projects: [sg] },
  custodian: { displayName: '陈管理员', roles: ['KEY_CUSTODIAN'], projects: [sg] },
  integration: { displayName: 'Integration', roles: ['INTEGRATION'], projects: [sg, jl] },
};
for (const [username, user] of Object.entries(users)) Object.assign(user, { id: randomUUID(), username });

const buildings = [];
const units = [];
const residents = [];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强'];
for (const [project, count, floors] of [[sg, 3, 18], [jl, 2, 11]]) {
  for (let b = 1; b <= count; b++) {
    const building = { id: randomUUID(), projectId: project.id, code: String(b), name: `${b}号楼`, floors, version: 0 };
    buildings.push(building);
    for (let floor = 1; floor <= Math.min(floors, 12); floor++) {
      for (let room = 1; room <= 2; room++) {
        const number = `${floor}${String(room).padStart(2, '0')}`;
        const unit = {
          id: randomUUID(), projectId: project.id, buildingId: building.id, buildingCode: building.code, number,
          label: `${building.code}-${number}`, floor, areaM2: room === 1 ? 89.5 : 118.25,
          status: (floor + room) % 5 === 0 ? 'VACANT' : 'OCCUPIED', version: 0,
        };
        units.push(unit);
        if (unit.status === 'OCCUPIED') {
          const name = NAMES[(floor * 3 + room + b) % NAMES.length];
          residents.push({ id: randomUUID(), unitId: unit.id, name, phone: `13${floor % 10}****${String(1000 + floor * 37 + room).slice(-4)}`, phoneMasked: true, relation: 'OWNER' });
          if (floor % 3 === 0) residents.push({ id: randomUUID(), unitId: unit.id, name: `${name.slice(0, 1)}小明`, phone: `15${room}****${String(2000 + floor).slice(-4)}`, phoneMasked: true, relation: 'FAMILY' });
        }
      }
    }
  }
}

const tokens = new Map();
const failures = new Map();

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
};
const problem = (res, status, code, title, detail, extra = {}, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail, code, ...extra }));
};
const readBody = (req) =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      try { resolve(data ? JSON.parse(data) : {}); } catch { resolve(undefined); }
    });
  });
const page = (items, url) => {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) return { error: true };
  const start = url.searchParams.get('cursor') ? Number(Buffer.from(url.searchParams.get('cursor'), 'base64url').toString()) : 0;
  const slice = items.slice(start, start + limit);
  const next = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64url') : undefined;
  return { items: slice, ...(next ? { nextCursor: next } : {}) };
};
const withCounts = (p) => ({
  ...p,
  buildingCount: buildings.filter((b) => b.projectId === p.id).length,
  unitCount: units.filter((u) => u.projectId === p.id).length,
});
const buildingView = (b) => ({ ...b, unitCount: units.filter((u) => u.buildingId === b.id).length });
const unitView = (u) => ({ ...u, residentCount: residents.filter((r) => r.unitId === u.id).length });
const etag = (v) => `"${v.version}"`;

async function api(req, res, url) {
  const path = url.pathname;
  if (path === '/api/v1/auth/token' && req.method === 'POST') {
    const body = await readBody(req);
    const key = body?.username ?? '';
    const failed = failures.get(key) ?? 0;
    if (failed >= 5) return problem(res, 429, 'TOO_MANY_REQUESTS', 'Too many login attempts', 'Wait before trying again.', {}, { 'Retry-After': '30' });
    if (!body?.username || !body?.password) {
      return problem(res, 400, 'VALIDATION_FAILED', 'Invalid request', 'Some fields are invalid.', {
        errors: [!body?.username && { field: 'username', message: 'must not be blank' }, !body?.password && { field: 'password', message: 'must not be blank' }].filter(Boolean),
      });
    }
    const user = users[body.username];
    if (!user || body.password !== PASSWORD) {
      failures.set(key, failed + 1);
      return problem(res, 401, 'BAD_CREDENTIALS', 'Unauthorized', 'Wrong username or password.', {}, { 'WWW-Authenticate': 'Bearer' });
    }
    failures.delete(key);
    const token = `mock.${randomUUID()}`;
    tokens.set(token, user);
    return json(res, 200, { accessToken: token, tokenType: 'Bearer', expiresIn: 3600 });
  }
  const auth = req.headers.authorization ?? '';
  const user = tokens.get(auth.replace(/^Bearer /, ''));
  if (!user) return problem(res, 401, 'UNAUTHORIZED', 'Unauthorized', 'A valid bearer token is required.', {}, { 'WWW-Authenticate': 'Bearer' });
  const visible = user.roles.includes('ADMIN') ? projects : projects.filter((p) => user.projects.some((q) => q.id === p.id));
  const notFound = () => problem(res, 404, 'NOT_FOUND', 'Not found', `No such resource: ${path}`);
  const forbidden = () => problem(res, 403, 'FORBIDDEN', 'Forbidden', 'Your role may not do this.');
  const admin = user.roles.includes('ADMIN');

  if (path === '/api/v1/me') {
    return json(res, 200, { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles, projects: user.projects.map(({ id, code, name }) => ({ id, code, name })).sort((a, b) => a.code.localeCompare(b.code)) });
  }
  if (path === '/api/v1/projects') return json(res, 200, page(visible.map(withCounts).sort((a, b) => a.code.localeCompare(b.code)), url));
  const m = path.match(/^\/api\/v1\/projects\/([^/]+)(?:\/(buildings|units)(?:\/([^/]+)(?:\/(residents))?)?)?$/);
  if (!m) return notFound();
  const [, projectId, kind, itemId, sub] = m;
  const project = visible.find((p) => p.id === projectId);
  if (!project) return notFound();
  if (!kind) return json(res, 200, withCounts(project), { ETag: etag(project) });

  if (kind === 'buildings') {
    const list = buildings.filter((b) => b.projectId === projectId).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
    if (!itemId && req.method === 'GET') return json(res, 200, page(list.map(buildingView), url));
    if (!itemId && req.method === 'POST') {
      if (!admin) return forbidden();
      const body = await readBody(req);
      const errors = [];
      if (!body?.code || !/^[A-Za-z0-9-]+$/.test(body.code)) errors.push({ field: 'code', message: 'must match ^[A-Za-z0-9-]+$' });
      if (!body?.name) errors.push({ field: 'name', message: 'must not be blank' });
      if (errors.length) return problem(res, 400, 'VALIDATION_FAILED', 'Invalid request', 'Some fields are invalid.', { errors });
      if (list.some((b) => b.code === body.code)) return problem(res, 409, 'BUILDING_CODE_TAKEN', 'Building code already used', `A building with code ${body.code} exists.`);
      const building = { id: randomUUID(), projectId, code: body.code, name: body.name, ...(body.floors ? { floors: body.floors } : {}), version: 0 };
      buildings.push(building);
      return json(res, 201, buildingView(building), { ETag: etag(building), Location: `${path}/${building.id}` });
    }
    const building = list.find((b) => b.id === itemId);
    if (!building) return notFound();
    if (req.method === 'GET') return json(res, 200, buildingView(building), { ETag: etag(building) });
    if (req.method === 'PATCH') {
      if (!admin) return forbidden();
      const ifMatch = req.headers['if-match'];
      if (!ifMatch) return problem(res, 428, 'PRECONDITION_REQUIRED', 'If-Match required', 'Send the ETag in If-Match.');
      if (ifMatch !== etag(building)) return problem(res, 412, 'PRECONDITION_FAILED', 'Changed by someone else', 'Reload and retry.');
      const body = await readBody(req);
      if (body?.name !== undefined && !body.name) return problem(res, 400, 'VALIDATION_FAILED', 'Invalid request', 'Some fields are invalid.', { errors: [{ field: 'name', message: 'must not be blank' }] });
      Object.assign(building, body, { version: building.version + 1 });
      return json(res, 200, buildingView(building), { ETag: etag(building) });
    }
  }
  if (kind === 'units') {
    let list = units.filter((u) => u.projectId === projectId);
    if (!itemId && req.method === 'GET') {
      const buildingId = url.searchParams.get('buildingId');
      const q = url.searchParams.get('q');
      const status = url.searchParams.get('status');
      if (buildingId) list = list.filter((u) => u.buildingId === buildingId);
      if (q) list = list.filter((u) => u.number.includes(q) || u.label.includes(q));
      if (status) list = list.filter((u) => u.status === status);
      list.sort((a, b) => a.buildingCode.localeCompare(b.buildingCode, undefined, { numeric: true }) || a.number.localeCompare(b.number, undefined, { numeric: true }));
      return json(res, 200, page(list.map(unitView), url));
    }
    if (!itemId && req.method === 'POST') {
      if (!admin) return forbidden();
      const body = await readBody(req);
      const building = buildings.find((b) => b.id === body?.buildingId && b.projectId === projectId);
      const errors = [];
      if (!building) errors.push({ field: 'buildingId', message: 'unknown building' });
      if (!body?.number || !/^[A-Za-z0-9-]+$/.test(body.number)) errors.push({ field: 'number', message: 'must match ^[A-Za-z0-9-]+$' });
      if (errors.length) return problem(res, 400, 'VALIDATION_FAILED', 'Invalid request', 'Some fields are invalid.', { errors });
      if (list.some((u) => u.buildingId === building.id && u.number === body.number)) return problem(res, 409, 'UNIT_NUMBER_TAKEN', 'Unit number already used', `Unit ${body.number} exists in this building.`);
      const unit = { id: randomUUID(), projectId, buildingId: building.id, buildingCode: building.code, number: body.number, label: `${building.code}-${body.number}`, status: body.status ?? 'OCCUPIED', version: 0, ...(body.floor != null ? { floor: body.floor } : {}), ...(body.areaM2 != null ? { areaM2: body.areaM2 } : {}) };
      units.push(unit);
      return json(res, 201, unitView(unit), { ETag: etag(unit), Location: `${path}/${unit.id}` });
    }
    const unit = list.find((u) => u.id === itemId);
    if (!unit) return notFound();
    if (sub === 'residents') return json(res, 200, { items: residents.filter((r) => r.unitId === unit.id) });
    if (req.method === 'GET') return json(res, 200, unitView(unit), { ETag: etag(unit) });
    if (req.method === 'PATCH') {
      if (!admin) return forbidden();
      const ifMatch = req.headers['if-match'];
      if (!ifMatch) return problem(res, 428, 'PRECONDITION_REQUIRED', 'If-Match required', 'Send the ETag in If-Match.');
      if (ifMatch !== etag(unit)) return problem(res, 412, 'PRECONDITION_FAILED', 'Changed by someone else', 'Reload and retry.');
      const body = await readBody(req);
      Object.assign(unit, body, { version: unit.version + 1 });
      return json(res, 200, unitView(unit), { ETag: etag(unit) });
    }
  }
  return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed', `${req.method} ${path}`);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png' };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  if (url.pathname.startsWith('/api/')) {
    api(req, res, url).catch((error) => {
      console.error(error);
      problem(res, 500, 'INTERNAL_ERROR', 'Internal error', 'Unexpected error.');
    });
    return;
  }
  const file = normalize(join(dist, url.pathname));
  const target = file.startsWith(dist) && existsSync(file) && statSync(file).isFile() ? file : join(dist, 'index.html');
  if (!existsSync(target)) {
    res.writeHead(503, { 'Content-Type': 'text/plain' });
    res.end('web-ui/dist is missing: run npm run build first.');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.log(`mock Steward API + SPA on http://localhost:${port}`));
