#!/usr/bin/env node
// What a resident's phone downloads before the first question of a survey link (/s/{token}):
// the JavaScript and CSS of the entry (index.html) and of the public page's chunk, with everything
// they import statically, raw and compressed as the API and nginx serve them (gzip, level 6) and
// with brotli for reference. Reads web-ui/dist/.vite/manifest.json: run `cd web-ui && npm run build` first.
//
//   node bench/public-survey-weight.mjs [--max-kb 200]     # --max-kb: exit 1 when gzip is above it
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'web-ui', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const PUBLIC_ENTRY = 'src/app/PublicApp.tsx';
const maxIndex = process.argv.indexOf('--max-kb');
const maxKb = maxIndex > 0 ? Number(process.argv[maxIndex + 1]) : undefined;

if (!manifest['index.html'] || !manifest[PUBLIC_ENTRY]) {
  console.error(`The manifest lacks index.html or ${PUBLIC_ENTRY}: is the public page still split from the staff app?`);
  process.exit(2);
}

const files = new Set();
const later = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
  for (const dynamic of chunk.dynamicImports ?? []) later.add(dynamic);
};
visit('index.html');
visit(PUBLIC_ENTRY);

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
let raw = 0;
let gzip = 0;
let brotli = 0;
console.log(`${'file'.padEnd(48)}      raw     gzip   brotli   (KB)`);
for (const file of [...files].filter((f) => /\.(js|css)$/.test(f)).sort()) {
  const bytes = readFileSync(join(dist, file));
  const g = gzipSync(bytes, { level: 6 }).length;
  const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += bytes.length;
  gzip += g;
  brotli += b;
  console.log(`${file.padEnd(48)} ${kb(bytes.length)} ${kb(g)} ${kb(b)}`);
}
console.log(`${'total before the first question'.padEnd(48)} ${kb(raw)} ${kb(gzip)} ${kb(brotli)}`);
const notLoaded = [...later].map((key) => manifest[key]?.file).filter((file) => file && !files.has(file));
console.log(`(${notLoaded.length} chunks reachable only by dynamic import are not loaded before the first question: the staff app, key screens, charts…)`);
if (maxKb !== undefined && gzip / 1024 > maxKb) {
  console.error(`Above the budget: ${(gzip / 1024).toFixed(1)} KB gzip > ${maxKb} KB`);
  process.exit(1);
}
