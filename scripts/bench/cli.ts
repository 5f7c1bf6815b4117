/**
 * cli.convert_text.reports_per_s: 1,000 report texts rendered from the benchmark province, one
 * CLI process converting all of them (`npm run --silent cli -- convert --region … files…`),
 * timed from spawn to exit. The start-up alone (`… --help`) is timed too, so the figure can be
 * read with and without it. 1,000 paths of ~30 characters are ~30 kB of arguments, far below
 * Linux's ARG_MAX (2 MB); the CLI reads up to 16 files ahead of the one it parses (src/cli/load.ts).
 * `npm run bench -- --only cli` measures just this (no app build, no browser).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../src/domain/types'
import { renderReportText, type TextLayout } from '../../src/io/report'
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
