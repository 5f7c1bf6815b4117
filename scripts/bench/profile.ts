/**
 * `npm run bench -- --profile`: where the time of a 20k import and of filter changes goes. An
 * unminified build (.bench/dist-profile, so functions keep their names and chunks keep their
 * "// src/…" module comments) is driven as in the timed run while Chromium traces the V8 CPU
 * profiler of every thread — the page's main thread and the import worker alike (a CDP
 * Profiler session on the page would miss the worker, which is terminated before it could be
 * stopped). Phase boundaries are performance.mark()s in the trace. Writes the trace (load it in
 * DevTools' Performance panel) and summary.json to `outDir`, and the summary to stderr.
 * Tracing slows the page down: these times are for proportions, not for the figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from '@playwright/test'
import { filterTimings, importCsv, openOverview, type PhaseMarks } from './app'
import { freshContext, serveApp } from './browser'
import { chunkModules, parseTrace, summarise, type ParsedTrace, type ThreadSummary } from './trace'
import { progress, runProcess } from './util'

const CATEGORIES = ['-*', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', '__metadata']
const FILTER_TRIES = 6

export interface PhaseSummary {
  phase: string
  wallMs: number
  threads: ThreadSummary[]
}

interface PhaseWindows {
  phase: string
  windows: [number, number][]
  /** The renderer process (a reload may start a new one: the end mark's process counts). */
  pid: number
}

function phaseWindows(trace: ParsedTrace): PhaseWindows[] {
  const at = (name: string) => trace.marks.get(name)?.ts
  const span = (phase: string, from: string, to: string): PhaseWindows[] => {
    const a = at(from)
    const b = trace.marks.get(to)
    return a !== undefined && b !== undefined ? [{ phase, windows: [[a, b.ts]], pid: b.pid }] : []
  }
  const filters: [number, number][] = []
  for (let i = 0; at(`bench:filter:${i}`) !== undefined; i++) {
    const done = at(`bench:filter:${i}:done`)
    if (done !== undefined) filters.push([at(`bench:filter:${i}`)!, done])
  }
  return [
    ...span('import: file → preview ready (read, validate, plan)', 'bench:import:start', 'bench:import:commit'),
    ...span('import: 确认导入 → summary (store)', 'bench:import:commit', 'bench:import:overview'),
    ...span('import: 总览 → drawn (checks, overview, charts)', 'bench:import:overview', 'bench:import:end'),
    ...(filters.length
      ? [
          {
            phase: `filter change (${filters.length} tries)`,
            windows: filters,
            pid: trace.marks.get('bench:filter:0')!.pid,
          },
        ]
      : []),
    ...span('open: reload → drawn', 'bench:open:start', 'bench:open:end'),
  ]
}

export function summariseTrace(trace: ParsedTrace, distDir: string): PhaseSummary[] {
  const chunks = new Map<string, (line: number) => string>()
  const lookup = (url: string, line: number) => {
    const path = /\/board\/(.*)$/.exec(new URL(url, 'http://x').pathname)?.[1]
    if (!path) return url
    if (!chunks.has(path)) {
      try {
        chunks.set(path, chunkModules(readFileSync(join(distDir, path), 'utf8')))
      } catch {
        chunks.set(path, () => path)
      }
    }
    return chunks.get(path)!(line)
  }
  return phaseWindows(trace).map(({ phase, windows, pid }) => {
    const mine = trace.threads.filter((t) => t.pid === pid)
    const groups = [mine.filter((t) => t.thread === 'CrRendererMain'), mine.filter((t) => /Worker/.test(t.thread))]
    return {
      phase,
      wallMs: Math.round(windows.reduce((ms, [a, b]) => ms + (b - a) / 1000, 0)),
      threads: groups.map((g) => summarise(g, windows, lookup)).filter((s): s is ThreadSummary => s !== null),
    }
  })
}

export function formatSummary(phases: readonly PhaseSummary[]): string {
  const out: string[] = []
  for (const p of phases) {
    out.push(`\n## ${p.phase} — ${p.wallMs} ms wall`)
    for (const t of p.threads) {
      out.push(`  ${t.thread}: ${t.busyMs} ms busy (GC ${t.gcMs} ms)`)
      for (const f of t.topFunctions) out.push(`    ${String(f.ms).padStart(6)} ms  ${f.name}  ${f.where}`)
      out.push(`    by module: ${t.topModules.map((m) => `${m.module} ${m.ms}`).join(', ')}`)
    }
  }
  return out.join('\n')
}

/**
 * Build the app unminified, serve it, and trace `traced` (after `before`, untraced) in a fresh
 * context; write `<name>.trace.json.gz` and summary.json to `outDir`, the summary to stderr.
 */
async function traceRun(
  browser: Browser,
  floorDir: string,
  outDir: string,
  name: string,
  before: (page: Page, url: string) => Promise<void>,
  traced: (page: Page, url: string, marks: PhaseMarks) => Promise<void>,
): Promise<PhaseSummary[]> {
  const distDir = '.bench/dist-profile'
  progress(`  building an unminified app into ${distDir}`)
  const build = await runProcess(
    'node_modules/.bin/vite',
    ['build', '--outDir', distDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'],
    300,
  )
  if (build.code !== 0)
    throw new Error(
      `unminified build failed (exit ${build.code}): ${build.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    )
  const server = await serveApp(distDir, floorDir)
  const context = await freshContext(browser)
  let tracing = false
  try {
    const page: Page = await context.newPage()
    const marks: PhaseMarks = { mark: (name) => page.evaluate((n) => void performance.mark(n), name) }
    await page.goto(`${server.url}#/data`)
    await before(page, server.url)
    await browser.startTracing(page, { categories: CATEGORIES })
    tracing = true
    await traced(page, server.url, marks)
    const buffer = await browser.stopTracing()
    tracing = false
    mkdirSync(outDir, { recursive: true })
    writeFileSync(join(outDir, `${name}.trace.json.gz`), gzipSync(buffer))
    const phases = summariseTrace(parseTrace(buffer.toString('utf8')), distDir)
    writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(phases, null, 1)}\n`)
    process.stderr.write(`${formatSummary(phases)}\n`)
    progress(`  profiles in ${outDir}/ (${name}.trace.json.gz opens in DevTools → Performance; summary.json)`)
    return phases
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {})
    await context.close()
    await server.close()
  }
}

/** Trace a 20k import and filter changes in an unminified build; write trace + summary to `outDir`. */
export function profileImport(
  browser: Browser,
  floorDir: string,
  csv: string,
  count: number,
  outDir: string,
): Promise<PhaseSummary[]> {
  return traceRun(
    browser,
    floorDir,
    outDir,
    'import-20k',
    async () => {},
    async (page, url, marks) => {
      const t = await importCsv(page, url, csv, count, 400, marks)
      progress(
        `  traced import: ${t.totalSeconds.toFixed(1)} s (preview ${t.previewSeconds.toFixed(1)}, store ${t.commitSeconds.toFixed(1)}, overview ${t.overviewSeconds.toFixed(1)})`,
      )
      await filterTimings(page, FILTER_TRIES, 120, marks)
      await marks.mark?.('bench:open:start')
      const open = await openOverview(page, url, count, 180)
      await marks.mark?.('bench:open:end')
      progress(`  traced open: ${open.toFixed(1)} s`)
    },
  )
}

/**
 * `--scale --profile`: all files but the last imported untraced, then the last file's import,
 * filter changes and a reload traced (with as many reports stored as the scale run ends with).
 */
export function profileScale(
  browser: Browser,
  floorDir: string,
  files: readonly string[],
  perFile: number,
  outDir: string,
): Promise<PhaseSummary[]> {
  const total = perFile * files.length
  return traceRun(
    browser,
    floorDir,
    outDir,
    `import-${total / 1000}k`,
    async (page, url) => {
      for (let k = 0; k < files.length - 1; k++) {
        progress(`  untraced import of file ${k + 1}`)
        await importCsv(page, url, files[k], perFile * (k + 1), 600)
      }
    },
    async (page, url, marks) => {
      const t = await importCsv(page, url, files[files.length - 1], total, 600, marks)
      progress(
        `  traced import: ${t.totalSeconds.toFixed(1)} s (preview ${t.previewSeconds.toFixed(1)}, store ${t.commitSeconds.toFixed(1)}, overview ${t.overviewSeconds.toFixed(1)})`,
      )
      await filterTimings(page, FILTER_TRIES, 120, marks)
      await marks.mark?.('bench:open:start')
      const open = await openOverview(page, url, total, 300)
      await marks.mark?.('bench:open:end')
      progress(`  traced open: ${open.toFixed(1)} s`)
    },
  )
}
