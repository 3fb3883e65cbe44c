/**
 * The web UI's build (`npm run build:web`) and dev server (`npm run dev:web`, which proxies /api
 * to `parley serve` on port 4180). Kept in web/ so that vitest at the repo root does not inherit
 * `root: web`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.PARLEY_PORT ?? '4180'}` },
  },
});
