import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { formatWeight, publicWeight } from './scripts/public-weight.mjs';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes `<file>.gz` (level 9) and `<file>.br` (quality 11) next to every text asset of 1 KB or more, so the API
 * (Spring's EncodedResourceResolver) and nginx (gzip_static) send them compressed without compressing per request.
 */
export function precompress(): Plugin {
  return {
    name: 'steward-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((file) => /\.(js|css|svg|html|json)$/.test(file) && !file.startsWith('.vite/'));
      await Promise.all(
        files.map(async (file) => {
          const bytes = await readFile(join(dir, file));
          if (bytes.length < 1024) return;
          const [gz, br] = await Promise.all([
            gzipAsync(bytes, { level: 9 }),
            brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
          ]);
          await Promise.all([writeFile(join(dir, `${file}.gz`), gz), writeFile(join(dir, `${file}.br`), br)]);
        }),
      );
    },
  };
}

/**
 * Fails the build when a resident's survey link would download more than `maxKb` KB of compressed (gzip) JavaScript
 * and CSS before the first question, and prints the figures on every build (issue 9, defect 10).
 */
export function publicWeightBudget(maxKb: number): Plugin {
  let dist = 'dist';
  return {
    name: 'steward-public-weight-budget',
    apply: 'build',
    configResolved(config) {
      dist = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const weight = publicWeight(dist);
        const gzipKb = weight.gzip / 1024;
        console.log(`\nThe residents' survey page (/s/{token}) before its first question — budget ${String(maxKb)} KB gzip:\n${formatWeight(weight)}`);
        if (gzipKb > maxKb) {
          throw new Error(`The public survey page loads ${gzipKb.toFixed(1)} KB of gzip JS+CSS, over its budget of ${String(maxKb)} KB (issue 9, defect 10).`);
        }
      },
    },
  };
}
