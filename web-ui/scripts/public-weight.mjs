// What a resident's phone downloads before the first question of a survey link (/s/{token}): the JavaScript and CSS
// of the entry (index.html) and of the public app's chunk, with everything they import statically — raw, gzip
// (level 9, as shipped precompressed) and brotli (quality 11, likewise). Reads dist/.vite/manifest.json.
// Used by the build (vite.config.ts fails it above the budget) and by bench/public-survey-weight.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const PUBLIC_ENTRY = 'src/app/PublicApp.tsx';

/** @param {string} dist the build's output folder */
export function publicWeight(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  if (!manifest['index.html'] || !manifest[PUBLIC_ENTRY]) {
    throw new Error(`The manifest lacks index.html or ${PUBLIC_ENTRY}: is the public page still split from the staff app?`);
  }
  const seen = new Set();
  const later = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const dynamic of chunk.dynamicImports ?? []) later.add(dynamic);
  };
  visit('index.html');
  visit(PUBLIC_ENTRY);
  const files = [...seen]
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  const notLoaded = [...later].map((key) => manifest[key]?.file).filter((file) => file && !seen.has(file)).length;
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), notLoaded };
}

/** The figures as a small table (KB). */
export function formatWeight(weight) {
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
  const lines = [`${'file'.padEnd(48)}      raw     gzip   brotli   (KB)`];
  for (const file of weight.files) lines.push(`${file.file.padEnd(48)} ${kb(file.raw)} ${kb(file.gzip)} ${kb(file.brotli)}`);
  lines.push(`${'total before the first question'.padEnd(48)} ${kb(weight.raw)} ${kb(weight.gzip)} ${kb(weight.brotli)}`);
  lines.push(`(${String(weight.notLoaded)} chunks reachable only by dynamic import are not loaded before the first question: the staff app, key screens, charts…)`);
  return lines.join('\n');
}
