/**
 * cli.convert_text.reports_per_s: 1,000 report texts rendered from the benchmark province, one
 * CLI process converting all of them (`npm run --silent cli -- convert --region … files…`),
 * timed from spawn to exit. The start-up alone (`… --help`) is timed too, so the figure can be
 * read with and without it. 1,000 paths of ~30 characters are ~30 kB of arguments, far below
 * Linux's ARG_MAX (2 MB); the CLI reads up to 16 files ahead of the one it parses (src/cli/load.ts).
 * cli.convert_pdf.reports_per_s: the same with 100 reports of the province printed to PDF by
 * Chromium from the board's HTML rendering (test/pdf/print-pdf.ts, its layouts in turn), kept in
 * .bench/pdfs/ and printed again only when missing or older than the renderer.
 * `npm run bench -- --only cli` measures just these (no app build; Chromium only to print PDFs).
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../src/domain/types'
import { renderReportText, type TextLayout } from '../../src/io/report'
import { PRINT_LAYOUTS, printReportPdfs } from '../../test/pdf/print-pdf'
import { newestMtime } from './data'
import { runProcess } from './util'

const LAYOUTS: TextLayout[] = ['cell-per-line', 'row-per-line', 'markdown']
export const CLI_REGION = '基准地区'

/** Write one text per report (the three layouts in turn); returns the paths. */
export function writeReportTexts(reports: readonly Report[], dir: string): string[] {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return reports.map((report, i) => {
    const path = join(dir, `report-${String(i + 1).padStart(4, '0')}.txt`)
    writeFileSync(path, renderReportText(report, LAYOUTS[i % LAYOUTS.length]))
    return path
  })
}

// What the PDFs' bytes depend on: the generator, the HTML renderer and the print layouts.
const PDF_SOURCES = ['src/demo', 'src/io/report/render-html.ts', 'src/io/report/layout.ts', 'test/pdf/print-pdf.ts']

/** One PDF per report (Chromium's print of the board's HTML, the layouts in turn); returns the paths. */
export async function writeReportPdfs(
  reports: readonly Report[],
  dir: string,
): Promise<{ paths: string[]; printed: boolean }> {
  const paths = reports.map((_, i) => join(dir, `report-${String(i + 1).padStart(4, '0')}.pdf`))
  const stamp = join(dir, 'complete')
  const fresh = existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...PDF_SOURCES.map(newestMtime))
  if (fresh && paths.every((p) => existsSync(p))) return { paths, printed: false }
  const staging = `${dir}.tmp`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  // Borderless: a blank cell of a one-line table (四) cannot be placed without borders, and the
  // province has blanks; that layout is tested with full tables (test/unit/report-pdf.test.ts).
  const layouts = PRINT_LAYOUTS.filter((l) => l !== 'borderless')
  const pdfs = await printReportPdfs(reports.map((report, i) => ({ report, layout: layouts[i % layouts.length] })))
  pdfs.forEach((pdf, i) => writeFileSync(join(staging, `report-${String(i + 1).padStart(4, '0')}.pdf`), pdf))
  writeFileSync(join(staging, 'complete'), '')
  rmSync(dir, { recursive: true, force: true })
  renameSync(staging, dir)
  return { paths, printed: true }
}

export interface CliTiming {
  seconds: number
  startupSeconds: number
  reports: number
}

export async function timeCliConvert(files: readonly string[], timeoutSeconds: number): Promise<CliTiming> {
  // Exactly what a user runs (`npm run --silent cli -- …`); the first call builds the CLI bundle.
  const cli = ['run', '--silent', 'cli', '--']
  await runProcess('npm', [...cli, '--help'], 120)
  const help = await runProcess('npm', [...cli, '--help'], 120)
  if (help.code !== 0) throw new Error(`CLI --help exited with ${help.code}: ${help.stderr.slice(0, 300)}`)
  const run = await runProcess('npm', [...cli, 'convert', '--region', CLI_REGION, ...files], timeoutSeconds)
  if (run.code !== 0) throw new Error(`CLI convert exited with ${run.code}: ${run.stderr.slice(0, 500)}`)
  const doc = JSON.parse(run.stdout.toString('utf8')) as { reports?: unknown[] }
  const reports = doc.reports?.length ?? 0
  if (reports !== files.length) throw new Error(`CLI convert wrote ${reports} reports for ${files.length} files`)
  return { seconds: run.seconds, startupSeconds: help.seconds, reports }
}
