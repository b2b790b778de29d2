import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// The tests' "browser" sits in New York while the demo projects are in Shanghai (UTC+8): anything that shows or
// filters times in the browser's zone instead of the project's gives wrong answers here, on every developer's machine.
process.env.TZ = 'America/New_York';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // CPU seconds for the whole suite on two cores: jsdom with a fresh module graph per file ~470 (estimated
      // from one file: 18.8 s jsdom vs 12.5 s happy-dom), happy-dom 311 (measured),
      // happy-dom sharing modules between the files of a worker 139 (antd is imported once,
      // not once per file; measured). Each test still gets a fresh render, QueryClient and storage (setup.ts).
      environment: 'happy-dom',
      isolate: false,
      // Vitest's default is one worker fewer than the cores, i.e. a single worker on a two-core machine.
      pool: 'threads',
      maxWorkers: 2,
      globals: true,
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      // Generous: antd in a test DOM is slow on a busy two-core machine; a failing assertion still fails.
      testTimeout: 60000,
    },
  }),
);
