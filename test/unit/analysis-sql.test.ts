/**
 * The analytical-engine path end to end: the demo city (with a few slips, analysis-sql-data.ts)
 * goes through the command line to year-partitioned Parquet, wide and long; DuckDB runs every
 * file of docs/analysis/ on it; each figure must equal what the board's own functions compute
 * from the same reports (rates within floating-point noise).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordOf, type ReportRecord } from '../../src/domain/record'
import { reportColumns } from '../../src/analysis/columns'
import { findingsIndexOf } from '../../src/analysis/entityFigures'
import { buildCoverage } from '../../src/analysis/coverage'
import { buildOverview } from '../../src/analysis/overview'
import { DEFAULT_MIN_VOLUME, defaultOrder, rankEntities } from '../../src/analysis/ranking'
import { writeDirectory } from '../../src/cli/out-dir'
import { runCli } from '../../src/cli/run'
import { addToTotals, emptyTotals, totalsMetrics, type MetricId, type ReportMetrics } from '../../src/domain/metrics'
import { checkReports, CONTENT_RULE_IDS } from '../../src/domain/rules'
import { DEFAULT_SCHEME } from '../../src/domain/scheme'
import type { Report } from '../../src/domain/types'
import { writeJson } from '../../src/io/write'
import { demoWithSlips } from './analysis-sql-data'
import { openDuckDb, type Duck, type Row } from './duckdb'

const SQL_DIR = fileURLToPath(new URL('../../docs/analysis/', import.meta.url))
const sqlFile = (name: string) => readFileSync(join(SQL_DIR, name), 'utf8')

let reports: Report[]
/** The same reports as the records the board's functions take. */
let records: ReportRecord[]
let checked: ReturnType<typeof checkReports>
let duck: Duck
let work: string

async function exportParquet(format: string, dir: string): Promise<void> {
  let stderr = ''
  const code = await runCli(['export', '--format', format, '--out', dir, 'demo.json'], {
    readFile: async () => new TextEncoder().encode(writeJson(records)),
    stdout: () => {},
    stderr: (text) => (stderr += text),
    writeDirectory,
  })
  expect(code, stderr).toBe(0)
}

beforeAll(async () => {
  reports = demoWithSlips()
  records = reports.map(recordOf)
  // The SQL files reproduce the table rules; the content rules read the narrative and the
  // document's parts, which Parquet does not hold (docs/analysis/README.md).
  const all = checkReports(reports)
  const content = new Set<string>(CONTENT_RULE_IDS)
  checked = {
    findings: all.findings.filter((f) => !content.has(f.rule)),
    notAssessable: all.notAssessable.filter((n) => !content.has(n.rule)),
  }
  work = mkdtempSync(join(tmpdir(), 'board-parquet-'))
  await exportParquet('parquet', join(work, 'parquet', 'reports'))
  await exportParquet('long-parquet', join(work, 'parquet', 'cells'))
  duck = await openDuckDb()
  // The views file as shipped, with its relative paths pointed at this test's directory.
  await duck.run(sqlFile('duckdb-views.sql').replaceAll("'parquet/", `'${work}/parquet/`))
  await duck.run(sqlFile('metric-inputs.sql'))
}, 120_000)

afterAll(() => {
  duck?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

/** Same number, or both null; rates may differ in the last bits. */
function expectSame(actual: unknown, expected: number | null | undefined, what: string): void {
  if (expected === null || expected === undefined) return expect(actual, what).toBeNull()
  expect(typeof actual, what).toBe('number')
  expect(Math.abs((actual as number) - expected), `${what}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(
    1e-12 * Math.max(1, Math.abs(expected)),
  )
}

const METRIC_COLUMNS: [keyof ReportMetrics | `byApplicant.${string}`, string][] = [
  ['volume', 'volume'],
  ['handled', 'handled'],
  ['disclosureRate', 'disclosure_rate'],
  ['denialRate', 'denial_rate'],
  ['unavailableRate', 'unavailable_rate'],
  ['notProcessedRate', 'not_processed_rate'],
  ['otherHandlingRate', 'other_handling_rate'],
  ['backlog', 'backlog'],
  ['disputeCount', 'dispute_count'],
  ['disputeRate', 'dispute_rate'],
  ['correctionRate', 'correction_rate'],
  ...(['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg'] as const).map(
    (c): [`byApplicant.${string}`, string] => [`byApplicant.${c}`, `received_${c.replace('otherOrg', 'other_org')}`],
  ),
]

function metricsOf(selected: readonly Report[]): ReportMetrics {
  const totals = emptyTotals()
  for (const r of selected) addToTotals(totals, recordOf(r))
  return totalsMetrics(totals)
}

function metricValue(m: ReportMetrics, key: string): number | null {
  return key.startsWith('byApplicant.')
    ? m.byApplicant[key.slice(12) as 'natural']
    : (m[key as keyof ReportMetrics] as number | null)
}

// Generous: each test recomputes the board's side over the whole demo, on a machine shared with
// the rest of the suite.
const SLOW = { timeout: 90_000 }

describe('docs/analysis on Parquet in DuckDB equals the board', SLOW, () => {
  it('every SQL file in docs/analysis is one this test runs', () => {
    expect(
      readdirSync(SQL_DIR)
        .filter((f) => f.endsWith('.sql'))
        .sort(),
    ).toEqual([
      'coverage.sql',
      'duckdb-views.sql',
      'findings.sql',
      'metric-inputs.sql',
      'metrics.sql',
      'overview.sql',
      'ranking.sql',
    ])
  })

  it('overview.sql: reports, offices, received and every outcome category per year and overall', async () => {
    const rows = await duck.run(sqlFile('overview.sql'))
    const board = buildOverview(records)
    expect(rows.map((r) => r.year)).toEqual([...board.years.map((y) => y.year), null])
    for (const y of board.years) {
      const row = rows.find((r) => r.year === y.year)!
      expect(row.reports).toBe(y.reports)
      expect(row.offices).toBe(new Set(reports.filter((r) => r.year === y.year).map((r) => r.office)).size)
      expectSame(row.received, y.received, `${y.year} received`)
      const columns: Record<string, string> = {
        granted: 'granted',
        partiallyGranted: 'partially_granted',
        denied: 'denied',
        unavailable: 'unavailable',
        notProcessed: 'not_processed',
        otherHandling: 'other_handling',
      }
      for (const [key, column] of Object.entries(columns)) expectSame(row[column], y.outcomes[key], `${y.year} ${key}`)
    }
    const all = rows.find((r) => r.year === null)!
    expect([all.reports, all.offices]).toEqual([board.reports, board.offices])
  })

  it('metrics.sql: every SPEC §4 metric per region × year, per year, per region and overall', async () => {
    const rows = await duck.run(sqlFile('metrics.sql'))
    const regionOf = (r: Report) => r.region ?? '（未填地区）'
    const groups = new Map<string, Report[]>()
    const add = (key: string, r: Report) => groups.set(key, [...(groups.get(key) ?? []), r])
    for (const r of reports) {
      add(`${r.year}|${regionOf(r)}`, r)
      add(`${r.year}|`, r)
      add(`|${regionOf(r)}`, r)
      add('|', r)
    }
    expect(rows).toHaveLength(groups.size)
    for (const row of rows) {
      const key = `${row.year ?? ''}|${row.region ?? ''}`
      const selected = groups.get(key)
      expect(selected, key).toBeDefined()
      expect(row.reports, key).toBe(selected!.length)
      const board = metricsOf(selected!)
      for (const [metric, column] of METRIC_COLUMNS)
        expectSame(row[column], metricValue(board, metric), `${key} ${metric}`)
    }
    // The overview's KPIs and its regions by requests received are these sums too.
    const overview = buildOverview(records, [], Infinity)
    const overall = rows.find((r) => r.year === null && r.region === null)!
    for (const [metric, column] of METRIC_COLUMNS)
      expectSame(overall[column], metricValue(overview.metrics, metric), `overall ${metric}`)
    const regions = rows.filter((r) => r.year === null && r.region !== null && r.volume !== null)
    expect(new Map(regions.map((r) => [r.region === '（未填地区）' ? '—' : r.region, r.volume]))).toEqual(
      new Map(overview.topRegions.map((t) => [t.region, t.received])),
    )
  })

  it('ranking.sql: every metric, year and level ranks the same entities the same, ties included', async () => {
    const rows = await duck.run(sqlFile('ranking.sql'))
    const noFindings = findingsIndexOf(DEFAULT_SCHEME)
    const years = [...new Set(reports.map((r) => r.year))]
    const metrics = [...new Set(rows.map((r) => r.metric as MetricId))]
    const byKey = new Map<string, Row[]>()
    for (const r of rows) {
      const key = `${r.level}|${r.metric}|${r.year}`
      byKey.set(key, [...(byKey.get(key) ?? []), r])
    }
    expect(metrics).toHaveLength(11)
    let ties = 0
    for (const level of ['office', 'region'] as const)
      for (const metric of metrics)
        for (const year of years) {
          const board = rankEntities(reportColumns(records), noFindings, {
            level,
            metric,
            year,
            order: defaultOrder(metric),
            minVolume: DEFAULT_MIN_VOLUME,
          })
          const sql = byKey.get(`${level}|${metric}|${year}`) ?? []
          const what = `${level} ${metric} ${year}`
          expect(sql.length, what).toBe(board.length)
          const byEntity = new Map(sql.map((r) => [r.entity, r]))
          for (const b of board) {
            const s = byEntity.get(b.entity)!
            expect(s, `${what} ${b.entity}`).toBeDefined()
            expect([s.rank_in_year, s.reason], `${what} ${b.entity}`).toEqual([b.rank, b.reason])
            expectSame(s.value, b.value, `${what} ${b.entity}`)
          }
          ties += board.filter((b, i) => b.rank !== null && board[i - 1]?.rank === b.rank).length
        }
    expect(ties, 'the data holds shared ranks, so ties are tested').toBeGreaterThan(100)
  })
})

/** A finding as comparable text: who, which rule, where, and the numbers of a sum. */
function findingKey(f: {
  office?: string | null
  year?: number | null
  rule: string
  field?: string | null
  column?: string | null
  expected?: unknown
  actual?: unknown
}): string {
  const numbers = typeof f.expected === 'number' ? `${f.expected}→${String(f.actual)}` : ''
  return [f.office, f.year, f.rule, f.field, f.column ?? '', numbers].join('|')
}

describe('docs/analysis findings and coverage in DuckDB equal the board', SLOW, () => {
  it('findings.sql: the same findings as the board checks, finding by finding', async () => {
    const summary = await duck.run(sqlFile('findings.sql'))
    const board = checked.findings
      .filter((f) => f.rule !== 'integer')
      .map(findingKey)
      .sort()
    const sql = (await duck.run('SELECT * FROM findings')).map((f: Row) =>
      findingKey({ ...f, rule: String(f.rule), column: f.column_key as string | null }),
    )
    expect(sql.sort()).toEqual(board)
    const rules = new Set(summary.map((s) => s.rule))
    for (const rule of [
      'row-total',
      'outcome-sum',
      'balance',
      'review-sum',
      'complete',
      'carry-chain',
      'in-force-chain',
      'deadline',
      'outdated-template',
      'missing-report',
    ])
      expect(rules, `the test data trips ${rule}`).toContain(rule)
  })

  it('coverage.sql: every office × year status, and the counts per year and status', async () => {
    const counts = await duck.run(sqlFile('coverage.sql'))
    const board = buildCoverage(reports, checked, [])
    const cells = await duck.run('SELECT office, year, status FROM coverage')
    expect(cells).toHaveLength(board.rows.length * board.years.length)
    const status = new Map(cells.map((c) => [`${c.office}|${c.year}`, c.status]))
    for (const row of board.rows)
      for (const cell of row.cells) expect(status.get(`${row.office}|${cell.year}`), row.office).toBe(cell.status)
    board.years.forEach((year, i) => {
      const sql = Object.fromEntries(counts.filter((c) => c.year === year).map((c) => [c.status, c.offices]))
      const expected = Object.fromEntries(Object.entries(board.columnCounts[i]).filter(([, n]) => n > 0))
      expect(sql, String(year)).toEqual(expected)
    })
  })
})
