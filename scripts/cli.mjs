#!/usr/bin/env node
/**
 * `npm run cli`: runs src/cli/main.ts from a bundle built with esbuild on first use and again
 * whenever a source file is newer than it. A call then starts in about 0.1 s instead of
 * compiling TypeScript each time (what tsx would do), which matters for bulk conversions.
 *
 * Start-up is most of a small conversion, so: esbuild itself is loaded only when a rebuild is
 * due, and the bundle is split, so libraries behind a dynamic import() (mammoth for .docx,
 * iconv-lite for GB18030 output, htmlparser2 for web pages) are neither compiled nor run unless
 * a command needs them. PDF.js is not bundled at all: it is a few MB of prebuilt modules, loaded
 * from node_modules on the first PDF (where it also finds its CMaps and standard fonts).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cache = join(root, 'node_modules', '.cache', 'disclosure-board-cli')
const outDir = join(cache, 'bundle')
const out = join(outDir, 'cli.mjs')

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/** Build into a private directory, then swap it in whole: a second CLI started meanwhile never sees half a bundle. */
async function rebuild() {
  const { build } = await import('esbuild')
  const staging = join(cache, `build-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  await build({
    entryPoints: { cli: join(root, 'src', 'cli', 'main.ts') },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    // Some dependencies (mammoth) still call require(): give every ESM chunk one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  })
  rmSync(outDir, { recursive: true, force: true })
  rmSync(join(cache, 'cli.mjs'), { force: true }) // the single-file bundle of earlier versions
  try {
    renameSync(staging, outDir)
  } catch (error) {
    // Another CLI swapped its fresh build in first: use that one.
    if (!existsSync(out)) throw error
    rmSync(staging, { recursive: true, force: true })
  }
}

const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs)
if (!existsSync(out) || statSync(out).mtimeMs < sources) {
  mkdirSync(cache, { recursive: true })
  await rebuild()
}
await import(pathToFileURL(out).href)
