/**
 * Builds the bench's floor page (scripts/bench/floor-page → .bench/floor): PapaParse + Dexie with
 * the app's schema, nothing of the app's UI. `npm run bench` builds it and serves it from the
 * app's own origin (see scripts/bench/browser.ts).
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('./bench/floor-page', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.bench/floor', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: fileURLToPath(new URL('./bench/floor-page/index.html', import.meta.url)) },
  },
})
