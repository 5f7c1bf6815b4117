/**
 * Bundle figures from the built dist: gzip (node:zlib, default level) of each JS file, in kB
 * (1,000 bytes). "Initial" is the JS a first visit to the first route (#/overview) loads: the
 * entry script and modulepreloads of index.html, the overview page's lazy chunk, and everything
 * those import statically. Dynamic import() targets and workers are not initial.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleFigures {
  initialKb: number
  totalKb: number
  /** Paths relative to dist. */
  initialFiles: string[]
  totalFiles: number
}

// Minified chunks quote paths with ", ' or ` (rolldown prefers template literals).
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g
const FIRST_ROUTE_CHUNK = /import\(\s*["'`](\.{1,2}\/OverviewPage-[^"'`]+\.js)["'`]\s*\)/

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return jsFiles(path)
    return /\.m?js$/.test(name) ? [path] : []
  })
}

const gzipKb = (path: string) => gzipSync(readFileSync(path)).byteLength / 1000

/** `roots` and every file they import statically, transitively. */
function staticClosure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), m[1]))
  }
  return seen
}

export function bundleFigures(distDir: string): BundleFigures {
  const dist = resolve(distDir)
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const entries = [
    ...html.matchAll(/<script[^>]+type="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => resolve(dist, m[1]))
  if (entries.length === 0) throw new Error(`${distDir}/index.html has no module script`)
  const entryClosure = staticClosure(entries)
  const route = [...entryClosure].map((f) => FIRST_ROUTE_CHUNK.exec(readFileSync(f, 'utf8'))).find((m) => m !== null)
  if (!route) throw new Error('no lazy import of OverviewPage-*.js found in the entry chunks (did the router change?)')
  const routeFile = [...entryClosure].find((f) => readFileSync(f, 'utf8').includes(route[0]))!
  const initial = new Set([...entryClosure, ...staticClosure([resolve(dirname(routeFile), route[1])])])
  const all = jsFiles(dist)
  const sum = (files: Iterable<string>) => [...files].reduce((kb, f) => kb + gzipKb(f), 0)
  return {
    initialKb: sum(initial),
    totalKb: sum(all),
    initialFiles: [...initial].map((f) => relative(dist, f)).sort(),
    totalFiles: all.length,
  }
}
