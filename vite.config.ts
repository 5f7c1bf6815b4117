import { cpSync, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize, resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
/** What PDF.js fetches at run time, served from the board's own origin under pdfjs/ (never a CDN). */
const PDFJS_ASSETS = ['cmaps', 'standard_fonts']

/**
 * PDF.js's CMaps (Chinese PDFs whose fonts are not embedded need them) and standard font data:
 * copied into dist/pdfjs/ by the build, served from node_modules by the dev server. The import
 * worker loads them with a URL relative to the page's base, so a sub-path deployment works.
 */
function pdfjsAssets(): Plugin {
  let outDir = 'dist'
  return {
    name: 'pdfjs-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/pdfjs\/((?:cmaps|standard_fonts)\/[\w.-]+)$/.exec((req.url ?? '').split('?')[0])
        const file = match ? normalize(join(pdfjsDir, match[1])) : undefined
        if (!file || !file.startsWith(pdfjsDir) || !existsSync(file)) return next()
        res.setHeader('content-type', 'application/octet-stream')
        res.end(readFileSync(file))
      })
    },
    closeBundle() {
      for (const dir of PDFJS_ASSETS) cpSync(join(pdfjsDir, dir), join(outDir, 'pdfjs', dir), { recursive: true })
    },
  }
}

// base './' so the built dist/ runs from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [
    vue(),
    pdfjsAssets(),
    // An installable app with a service worker (Workbox, generated at build time): a board opened
    // once works with no network. Every built file is precached (and replaced as a whole by the
    // next build, which waits for the user's "reload"); the published data under data/ is
    // network-first (fresh whenever the server answers, the last copy offline); the demo data set
    // is not cached (it is loaded once into the database).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: [],
      manifest: {
        name: '政府信息公开年报监督台',
        short_name: '年报监督台',
        description: '汇总、核对、比较各机关的政府信息公开工作年度报告',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#102a43',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The manifest and its icons are added by the plugin itself.
        globPatterns: ['**/*.{js,css,html,svg}'],
        // PDF.js's CMaps and fonts (dist/pdfjs/, copied at the end of the build) are cached on first use below.
        globIgnores: ['data/**', 'demo/**', 'pdfjs/**'],
        // exceljs (exports) is ~0.9 MB before compression; every chunk must work offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Hash routes: the only page is index.html, which the precache serves for the board's folder.
        navigateFallback: null,
        runtimeCaching: [
          {
            // Relative to where the board is deployed (any sub-path).
            urlPattern: ({ url }) =>
              url.href.startsWith(
                `${(self as unknown as { registration: { scope: string } }).registration.scope}data/`,
              ),
            handler: 'NetworkFirst',
            options: { cacheName: 'published-data', expiration: { maxEntries: 200 } },
          },
          {
            // What PDF.js fetches while reading a PDF: kept once used, refreshed in the background.
            urlPattern: ({ url }) =>
              url.href.startsWith(
                `${(self as unknown as { registration: { scope: string } }).registration.scope}pdfjs/`,
              ),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'pdfjs-assets', expiration: { maxEntries: 400 } },
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // The code imports PDF.js's legacy build (Node 20 needs its polyfills); browsers get the modern one.
    alias: [{ find: /^pdfjs-dist\/legacy\/build\/(pdf(?:\.worker)?\.mjs)$/, replacement: 'pdfjs-dist/build/$1' }],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
})
