import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

// base './' so the built dist/ runs from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [
    vue(),
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
        globIgnores: ['data/**', 'demo/**'],
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
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
})
