/**
 * `npm run bench` — the figures of issue 7 as JSON lines on stdout ({"metric", "value", "unit"}),
 * progress on stderr. Builds the app into .bench/dist and the floor page into .bench/floor,
 * generates the benchmark province (.bench/data), drives the built app in headless Chromium and
 * times the CLI. See docs/performance.md for what each figure measures and the last results.
 *
 *   npm run bench [-- --profile] [--skip-100k] [--tries N] [--fresh-data] [--only cli] [--scale]
 *
 *   --profile     also trace a 20k import and filter changes (CPU profiles of the page and the
 *                 import worker) into .bench/profiles/, with a top-functions summary on stderr
 *   --skip-100k   leave out the 100,000-report figures
 *   --tries N     filter changes per figure (default 30)
 *   --fresh-data  write the province CSVs again even if they are up to date
 *   --only cli    only the CLI figures (no app build; Chromium only to print the PDFs once)
 *   --scale       instead of the figures above: five provinces of 100,000 reports imported one
 *                 after another (scripts/bench/scale.ts), up to 500,000 stored; with --profile
 *                 also a trace of the last file's import, filter changes and a reload
 * Exit code: 0 when every figure was measured, 1 when some could not be (their value is null and
 * "error" says why), 2 for a usage error. Tests never assert these times; this only reports them.
 */
import { availableParallelism, loadavg, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import type { Browser, Page, Response } from '@playwright/test'
import type { StaticServer } from '../test/e2e/server'
import { filterTimings, heapBreakdown, importCsv, openOverview } from './bench/app'
import { freshContext, launchChromium, serveApp } from './bench/browser'
import { bundleFigures } from './bench/bundle'
import { timeCliConvert, writeReportPdfs, writeReportTexts } from './bench/cli'
import { provinceCsv } from './bench/data'
import { measureFloor } from './bench/floor'
import { profileImport, profileScale } from './bench/profile'
import { SCALE_FILE_REPORTS, SCALE_FILES, scaleFigures } from './bench/scale'
import { printSummary, SCALE_METRICS, UNITS } from './bench/targets'
import { emit, errorText, figures, median, progress, quantile, runProcess } from './bench/util'
import { generateProvince } from '../src/demo/generate'

const BENCH = '.bench'
const DIST = `${BENCH}/dist`
const FLOOR = `${BENCH}/floor`

interface Options {
  profile: boolean
  skip100k: boolean
  tries: number
  freshData: boolean
  onlyCli: boolean
  scale: boolean
}

function options(): Options {
  const usage = 'usage: npm run bench [-- --profile] [--skip-100k] [--tries N] [--fresh-data] [--only cli] [--scale]'
  try {
    const { values } = parseArgs({
      options: {
        profile: { type: 'boolean' },
        'skip-100k': { type: 'boolean' },
        tries: { type: 'string' },
        'fresh-data': { type: 'boolean' },
        only: { type: 'string' },
        scale: { type: 'boolean' },
      },
      strict: true,
    })
    const tries = Number(values.tries ?? 30)
    if (!Number.isInteger(tries) || tries < 1)
      throw new Error(`--tries must be a positive integer, got "${values.tries}"`)
    if (values.only !== undefined && values.only !== 'cli') throw new Error(`--only takes "cli", got "${values.only}"`)
    return {
      profile: values.profile ?? false,
      skip100k: values['skip-100k'] ?? false,
      tries,
      freshData: values['fresh-data'] ?? false,
      onlyCli: values.only === 'cli',
      scale: values.scale ?? false,
    }
  } catch (e) {
    process.stderr.write(`${errorText(e)}\n${usage}\n`)
    process.exit(2)
  }
}

/** Run one part; if it fails, its figures not yet printed are printed as null with the reason. */
async function part(metrics: readonly string[], work: () => Promise<void>): Promise<boolean> {
  try {
    await work()
    return true
  } catch (e) {
    const why = errorText(e)
    progress(`FAILED: ${why}`)
    for (const m of metrics) if (!figures.some((f) => f.metric === m)) emit(m, null, UNITS[m] ?? '', why)
    return false
  }
}

async function build(): Promise<void> {
  progress(`building the app into ${DIST}`)
  const app = await runProcess(
    'node_modules/.bin/vite',
    ['build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    300,
  )
  if (app.code !== 0)
    throw new Error(`vite build failed (exit ${app.code}): ${app.stderr.trim().split('\n').slice(-5).join(' | ')}`)
  progress(`building the floor page into ${FLOOR}`)
  const floor = await runProcess('node_modules/.bin/vite', ['build', '-c', 'scripts/bench-floor.config.ts'], 180)
  if (floor.code !== 0)
    throw new Error(
      `floor page build failed (exit ${floor.code}): ${floor.stderr.trim().split('\n').slice(-5).join(' | ')}`,
    )
}

function province(count: number, fresh: boolean, part = 0): string {
  progress(`province CSV with ${count.toLocaleString('en')} reports${part ? ` (province ${part + 1})` : ''}`)
  const csv = provinceCsv(count, `${BENCH}/data`, fresh, part)
  progress(`  ${csv.generated ? 'generated' : 'up to date'}: ${csv.path} (${(csv.bytes / 1e6).toFixed(1)} MB)`)
  return csv.path
}

/** `tries` filter changes on the open overview: `<prefix>.median_ms`, `<prefix>.p95_ms`, and which kinds are slow. */
async function filterFigures(
  page: Page,
  prefix: 'filter.20k' | 'filter.100k',
  tries: number,
  timeoutSeconds: number,
): Promise<void> {
  const ms = await filterTimings(page, tries, timeoutSeconds)
  const kinds = ['newest year on', 'first region', 'year off', 'all regions']
  const parts = kinds.map((k, i) => `${k} ${median(ms.filter((_, j) => j % 4 === i)).toFixed(0)}`)
  progress(
    `  median ms per kind of change: ${parts.join(', ')}; slowest ${Math.max(...ms).toFixed(0)} (try ${ms.indexOf(Math.max(...ms)) + 1})`,
  )
  emit(`${prefix}.median_ms`, median(ms), 'ms')
  emit(`${prefix}.p95_ms`, quantile(ms, 0.95), 'ms')
}

/** The bundle figure counts JS statically; say so if the browser loaded something else on open. */
function checkInitialFiles(loaded: readonly string[], initialFiles: readonly string[]): void {
  if (initialFiles.length === 0) return
  const extra = loaded.filter((f) => !initialFiles.includes(f))
  const missing = initialFiles.filter((f) => !loaded.includes(f))
  if (extra.length || missing.length)
    progress(
      `  note: on open the browser loaded JS not counted as initial: [${extra.join(', ')}]; counted but not loaded: [${missing.join(', ')}]`,
    )
  else progress(`  the ${loaded.length} JS files loaded on open are exactly those counted as initial`)
}

async function browserFigures(
  browser: Browser,
  server: StaticServer,
  opts: Options,
  csv20k: string,
  csv100k: string | null,
  initialFiles: readonly string[],
): Promise<void> {
  const url = server.url
  const ctx20 = await freshContext(browser)
  try {
    const page = await ctx20.newPage()
    page.on('pageerror', (e) => progress(`  page error: ${e.message}`))
    let import20k: number | null = null
    await part(['import.csv20k.seconds'], async () => {
      progress('importing 20,000 reports through the data page')
      const t = await importCsv(page, url, csv20k, 20_000, 240)
      import20k = t.totalSeconds
      emit('import.csv20k.seconds', t.totalSeconds, 's')
      emit('import.csv20k.preview_seconds', t.previewSeconds, 's')
      emit('import.csv20k.commit_seconds', t.commitSeconds, 's')
      emit('import.csv20k.overview_seconds', t.overviewSeconds, 's')
    })
    const floors = [
      'import.csv20k.floor_seconds',
      'import.csv20k.ratio',
      'import.csv20k.page_floor_seconds',
      'import.csv20k.page_ratio',
    ]
    await part(floors, async () => {
      progress('floor: PapaParse + Dexie bulkPut of the same 20,000 reports (scratch database, same origin)')
      progress('page floor: PapaParse + the same reports written as compact records in pages')
      const f = await measureFloor(ctx20, url, csv20k, 20_000, 180)
      const floor = (f.readMs + f.parseMs + f.putMs) / 1000
      const pageFloor = (f.pageParseMs + f.pageWriteMs) / 1000
      progress(`  read ${f.readMs.toFixed(0)} ms, parse ${f.parseMs.toFixed(0)} ms, bulkPut ${f.putMs.toFixed(0)} ms`)
      progress(`  page floor: read + parse ${f.pageParseMs.toFixed(0)} ms, pages ${f.pageWriteMs.toFixed(0)} ms`)
      emit('import.csv20k.floor_seconds', floor, 's')
      emit('import.csv20k.floor_parse_ms', f.readMs + f.parseMs, 'ms')
      emit('import.csv20k.floor_put_ms', f.putMs, 'ms')
      emit('import.csv20k.page_floor_seconds', pageFloor, 's')
      emit('import.csv20k.page_floor_write_ms', f.pageWriteMs, 'ms')
      if (import20k === null) throw new Error('no import time to divide (the import failed)')
      emit('import.csv20k.ratio', import20k / floor, 'x')
      emit('import.csv20k.page_ratio', import20k / pageFloor, 'x')
    })
    if (import20k === null) throw new Error('skipped: the 20,000-report import failed')
    await part(['open.20k.seconds', 'heap.20k.mb'], async () => {
      progress('reloading the overview with 20,000 stored reports')
      const loaded: string[] = []
      const onResponse = (r: Response) => {
        if (/\.m?js$/.test(new URL(r.url()).pathname)) loaded.push(new URL(r.url()).pathname.replace(/^\/board\//, ''))
      }
      page.on('response', onResponse)
      emit('open.20k.seconds', await openOverview(page, url, 20_000, 120), 's')
      page.off('response', onResponse)
      checkInitialFiles(loaded, initialFiles)
      const heap = await heapBreakdown(page)
      emit('heap.20k.mb', heap.usedMb, 'MB')
      // Typed arrays' bytes are outside the JS heap (the scale run's heap figure adds them).
      emit('heap.20k.array_buffers_mb', heap.arrayBuffersMb, 'MB')
    })
    await part(['filter.20k.median_ms', 'filter.20k.p95_ms'], async () => {
      progress(`${opts.tries} filter changes with 20,000 reports`)
      await filterFigures(page, 'filter.20k', opts.tries, 60)
    })
  } finally {
    await ctx20.close()
  }

  if (csv100k) {
    const ctx100 = await freshContext(browser)
    try {
      const page = await ctx100.newPage()
      let imported = false
      await part(['import.csv100k.seconds'], async () => {
        progress('importing 100,000 reports (fresh browser context)')
        const t = await importCsv(page, url, csv100k, 100_000, 300)
        emit('import.csv100k.seconds', t.totalSeconds, 's')
        imported = true
      })
      if (!imported) throw new Error('skipped: the 100,000-report import failed')
      await part(['filter.100k.median_ms', 'filter.100k.p95_ms'], async () => {
        progress(`${opts.tries} filter changes with 100,000 reports`)
        await filterFigures(page, 'filter.100k', opts.tries, 120)
      })
    } finally {
      await ctx100.close()
    }
  }

  if (opts.profile) {
    await part([], async () => {
      progress('profiling a 20,000-report import and filter changes (fresh context; times inflated by tracing)')
      await profileImport(browser, FLOOR, csv20k, 20_000, `${BENCH}/profiles`)
    })
  }
}

function machine(): string {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
  return `${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, load average ${load}`
}

/** Serve the built app, launch Chromium, run `work`, and always close both. */
async function withBrowser(work: (browser: Browser, server: StaticServer) => Promise<void>): Promise<void> {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
  }
  process.once('SIGTERM', () => void close().then(() => process.exit(143)))
  try {
    server = await serveApp(DIST, FLOOR)
    browser = await launchChromium()
    progress(`Chromium ${browser.version()} serving ${server.url}`)
    await work(browser, server)
  } finally {
    await close()
  }
}

/** `--scale`: the build, five province CSVs, and the scale run (scripts/bench/scale.ts). */
async function scaleMain(opts: Options): Promise<void> {
  if (await part(SCALE_METRICS, build)) {
    const files = Array.from({ length: SCALE_FILES }, (_, k) => province(SCALE_FILE_REPORTS, opts.freshData, k))
    await part(SCALE_METRICS, () =>
      withBrowser(async (browser, server) => {
        const context = await freshContext(browser)
        try {
          await scaleFigures(context, server.url, files, opts.tries)
        } finally {
          await context.close()
        }
        if (opts.profile) {
          progress(`profiling the last file's import into ${SCALE_FILES - 1} stored files (times inflated by tracing)`)
          await profileScale(browser, FLOOR, files, SCALE_FILE_REPORTS, `${BENCH}/profiles`)
        }
      }),
    )
  }
  progress(`machine at the end: ${machine()}`)
  printSummary(figures, { scale: true })
  process.exitCode = figures.some((f) => f.value === null) ? 1 : 0
}

async function main(): Promise<void> {
  const opts = options()
  progress(`machine: ${machine()} (other work on it slows every figure)`)
  if (opts.scale) return scaleMain(opts)
  const built =
    !opts.onlyCli &&
    (await part(['bundle.initial_js_gzip_kb', 'bundle.total_js_gzip_kb', 'import.csv20k.seconds'], build))
  if (built) {
    let initialFiles: string[] = []
    await part(['bundle.initial_js_gzip_kb', 'bundle.total_js_gzip_kb'], async () => {
      const b = bundleFigures(DIST)
      initialFiles = b.initialFiles
      progress(`initial JS (${b.initialFiles.length} files): ${b.initialFiles.join(', ')}`)
      emit('bundle.initial_js_gzip_kb', b.initialKb, 'kB')
      emit('bundle.total_js_gzip_kb', b.totalKb, 'kB')
    })
    const csv20k = province(20_000, opts.freshData)
    const csv100k = opts.skip100k ? null : province(100_000, opts.freshData)
    await withBrowser(async (browser, server) => {
      await part([], () => browserFigures(browser, server, opts, csv20k, csv100k, initialFiles))
    }).catch((e: unknown) => progress(`FAILED: ${errorText(e)}`))
  }
  await part(['cli.convert_text.reports_per_s'], async () => {
    progress('CLI: converting 1,000 report texts in one process')
    const files = writeReportTexts(generateProvince(1000), `${BENCH}/texts`)
    const t = await timeCliConvert(files, 300)
    progress(`  ${t.seconds.toFixed(2)} s wall, of which start-up (--help) ${t.startupSeconds.toFixed(2)} s`)
    emit('cli.convert_text.reports_per_s', t.reports / t.seconds, 'reports/s')
    emit('cli.convert_text.seconds', t.seconds, 's')
    emit('cli.startup_seconds', t.startupSeconds, 's')
    emit(
      'cli.convert_text.reports_per_s_after_startup',
      t.reports / Math.max(0.001, t.seconds - t.startupSeconds),
      'reports/s',
    )
  })
  await part(['cli.convert_pdf.reports_per_s'], async () => {
    progress('CLI: converting 100 PDF reports (printed by Chromium) in one process')
    const { paths, printed } = await writeReportPdfs(generateProvince(100), `${BENCH}/pdfs`)
    progress(`  ${printed ? 'printed' : 'up to date'}: ${BENCH}/pdfs (${paths.length} PDFs)`)
    const t = await timeCliConvert(paths, 600)
    progress(`  ${t.seconds.toFixed(2)} s wall, of which start-up (--help) ${t.startupSeconds.toFixed(2)} s`)
    emit('cli.convert_pdf.reports_per_s', t.reports / t.seconds, 'reports/s')
    emit('cli.convert_pdf.seconds', t.seconds, 's')
  })
  progress(`machine at the end: ${machine()}`)
  // With --only cli the other figures are not missing, just not asked for: no table of nulls.
  if (!opts.onlyCli) printSummary(figures, { skip100k: opts.skip100k })
  process.exitCode = figures.some((f) => f.value === null) ? 1 : 0
}

main().catch((e: unknown) => {
  progress(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  process.exitCode = 1
})
