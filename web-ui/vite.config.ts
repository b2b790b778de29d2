import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress, publicWeightBudget } from './vite.plugins.ts';

// The API (and in production this SPA) is served from one origin; in development Vite proxies
// the API's paths to it, so the app always uses relative URLs.
const apiTarget = process.env.STEWARD_API_URL ?? 'http://localhost:8080';
const proxied = ['/api', '/.well-known', '/actuator', '/openapi.yaml', '/swagger-ui', '/v3/api-docs'];

export default defineConfig({
  // The residents' survey page may load at most 200 KB of compressed JS+CSS before its first question.
  plugins: [react(), precompress(), publicWeightBudget(200)],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  preview: {
    port: 4173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    // bench/public-survey-weight.mjs reads it to add up what a resident's survey link loads.
    manifest: true,
  },
});
