import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app (web/), built to dist/web/ for `newsgraph serve`; `npm run web:dev` proxies the API to a running server. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset paths: the built files work wherever the server mounts them.
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
