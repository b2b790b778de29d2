#!/usr/bin/env node
// What a resident's phone downloads before the first question of a survey link (/s/{token}): the JavaScript and CSS
// of the entry (index.html) and of the public app's chunk, with everything they import statically, raw and compressed
// as the API and nginx serve them (precompressed at build: gzip level 9, brotli quality 11). Reads
// web-ui/dist/.vite/manifest.json: run `cd web-ui && npm run build` first (the build itself fails above 200 KB gzip).
//
//   node bench/public-survey-weight.mjs [--max-kb 200]     # --max-kb: exit 1 when gzip is above it
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWeight, publicWeight } from '../web-ui/scripts/public-weight.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'web-ui', 'dist');
const maxIndex = process.argv.indexOf('--max-kb');
const maxKb = maxIndex > 0 ? Number(process.argv[maxIndex + 1]) : undefined;

let weight;
try {
  weight = publicWeight(dist);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
console.log(formatWeight(weight));
if (maxKb !== undefined && weight.gzip / 1024 > maxKb) {
  console.error(`Above the budget: ${(weight.gzip / 1024).toFixed(1)} KB gzip > ${maxKb} KB`);
  process.exit(1);
}
