import { cpSync, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize, resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

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
  plugins: [vue(), pdfjsAssets()],
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
