/**
 * The compliance view's coverage matrix (SPEC §6): one row per office, one column per year, each
 * cell saying whether the report is there, on time and clean.
 *
 * Each cell has one `status` for its colour plus flags, because one report can be late *and*
 * hold errors. Status precedence (first that applies):
 *   no report:  none (before the office's first report, after its dissolution, or an office that
 *               never reported) · missing (a `missing-report` finding) · notDue (its deadline has
 *               not passed yet: `missing-report` not assessable)
 *   a report:   error (any error finding other than `deadline`) · late (`deadline`) ·
 *               dateUnknown (deadline not assessable: no or unreadable publication date) ·
 *               warning · clean
 * Missing and late come from the check result, so the dissolved-office exemption and "today"
 * are whatever the checks were run with.
 */
import type { OfficeKind } from '../domain/model'
import type { RecordIdentity } from '../domain/record'
import type { Finding, NotAssessable } from '../domain/types'
import { compareZh } from './collate'

export const COVERAGE_STATUSES = [
  'missing',
  'notDue',
  'error',
  'late',
  'dateUnknown',
  'warning',
  'clean',
  'none',
] as const
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number]

export interface CoverageCell {
  year: number
  status: CoverageStatus
  /** A report for this office-year exists. */
  report: boolean
  late: boolean
  /** Error findings other than `deadline` and `missing-report`. */
  errors: number
  warnings: number
  dateUnknown: boolean
}

export type StatusCounts = Record<CoverageStatus, number>

export interface CoverageRow {
  office: string
  region: string | null
  officeKind: OfficeKind
  cells: CoverageCell[]
  counts: StatusCounts
}

export interface Coverage {
  years: number[]
  /** Sorted by region (blank last), then office, Chinese collation. */
  rows: CoverageRow[]
  /** Per year, in the order of `years`. */
  columnCounts: StatusCounts[]
}

export interface CoverageOffice {
  name: string
  region: string | null
  officeKind: OfficeKind
  dissolvedFrom?: number | null
}

interface KeyFacts {
  errors: number
  warnings: number
  late: boolean
  missing: boolean
  notDue: boolean
  dateUnknown: boolean
}

export const zeroStatusCounts = (): StatusCounts =>
  Object.fromEntries(COVERAGE_STATUSES.map((s) => [s, 0])) as StatusCounts

/** office → year → facts. Nested maps: no key strings built for 60,000 findings. */
type FactsIndex = Map<string, Map<number, KeyFacts>>

function factsIndex(check: { findings: readonly Finding[]; notAssessable: readonly NotAssessable[] }): FactsIndex {
  const out: FactsIndex = new Map()
  const facts = (office: string, year: number) => {
    let years = out.get(office)
    if (!years) out.set(office, (years = new Map()))
    let f = years.get(year)
    if (!f)
      years.set(year, (f = { errors: 0, warnings: 0, late: false, missing: false, notDue: false, dateUnknown: false }))
    return f
  }
  for (const f of check.findings) {
    if (f.office === undefined || f.year === undefined) continue
    const k = facts(f.office, f.year)
    if (f.rule === 'missing-report') k.missing = true
    else if (f.rule === 'deadline') k.late = true
    else if (f.severity === 'error') k.errors++
    else k.warnings++
  }
  for (const n of check.notAssessable) {
    if (n.rule === 'missing-report') facts(n.office, n.year).notDue = true
    else if (n.rule === 'deadline') facts(n.office, n.year).dateUnknown = true
  }
  return out
}

function statusOf(
  hasReport: boolean,
  k: KeyFacts | undefined,
  beforeFirst: boolean,
  dissolved: boolean,
): CoverageStatus {
  if (!hasReport) {
    if (beforeFirst || dissolved || !k) return 'none'
    return k.missing ? 'missing' : k.notDue ? 'notDue' : 'none'
  }
  if (!k) return 'clean'
  if (k.errors > 0) return 'error'
  if (k.late) return 'late'
  if (k.dateUnknown) return 'dateUnknown'
  return k.warnings > 0 ? 'warning' : 'clean'
}

export function buildCoverage(
  reports: readonly RecordIdentity[],
  checkResult: { findings: readonly Finding[]; notAssessable: readonly NotAssessable[] },
  offices: readonly CoverageOffice[],
  years?: readonly number[],
): Coverage {
  interface OfficeFacts {
    region: string | null
    officeKind: OfficeKind
    dissolvedFrom: number | null
    firstYear: number
    newest: number
    reported: Set<number>
    registered: boolean
  }
  const byOffice = new Map<string, OfficeFacts>()
  for (const o of offices) {
    byOffice.set(o.name, {
      region: o.region,
      officeKind: o.officeKind,
      dissolvedFrom: o.dissolvedFrom ?? null,
      firstYear: Infinity,
      newest: -Infinity,
      reported: new Set(),
      registered: true,
    })
  }
  let minYear = Infinity
  let maxYear = -Infinity
  for (const r of reports) {
    if (r.year < minYear) minYear = r.year
    if (r.year > maxYear) maxYear = r.year
    let o = byOffice.get(r.office)
    if (!o) {
      o = {
        region: r.region,
        officeKind: r.officeKind,
        dissolvedFrom: null,
        firstYear: Infinity,
        newest: -Infinity,
        reported: new Set(),
        registered: false,
      }
      byOffice.set(r.office, o)
    }
    if (r.year < o.firstYear) o.firstYear = r.year
    // An office missing from the registry takes region and kind from its newest report.
    if (!o.registered && r.year > o.newest) {
      o.region = r.region
      o.officeKind = r.officeKind
    }
    if (r.year > o.newest) o.newest = r.year
    o.reported.add(r.year)
  }

  const shownYears = years ? [...years].sort((a, b) => a - b) : []
  if (!years && minYear <= maxYear) for (let y = minYear; y <= maxYear; y++) shownYears.push(y)

  const facts = factsIndex(checkResult)
  const columnCounts = shownYears.map(zeroStatusCounts)
  const rows: CoverageRow[] = []
  for (const [office, o] of byOffice) {
    const counts = zeroStatusCounts()
    const officeFacts = facts.get(office)
    const cells = shownYears.map((year, i): CoverageCell => {
      const k = officeFacts?.get(year)
      const hasReport = o.reported.has(year)
      const dissolved = o.dissolvedFrom !== null && year >= o.dissolvedFrom
      const status = statusOf(hasReport, k, year < o.firstYear, dissolved)
      counts[status]++
      columnCounts[i][status]++
      return {
        year,
        status,
        report: hasReport,
        late: hasReport && (k?.late ?? false),
        errors: hasReport ? (k?.errors ?? 0) : 0,
        warnings: hasReport ? (k?.warnings ?? 0) : 0,
        dateUnknown: hasReport && (k?.dateUnknown ?? false),
      }
    })
    rows.push({ office, region: o.region, officeKind: o.officeKind, cells, counts })
  }
  // Collate each distinct name once, then sort by position: thousands of rows, few regions.
  const position = (names: Iterable<string>) => new Map([...new Set(names)].sort(compareZh).map((n, i) => [n, i]))
  const regionAt = position(rows.map((r) => r.region ?? ''))
  const officeAt = position(rows.map((r) => r.office))
  const regionRank = (r: CoverageRow) => (r.region === null ? Infinity : regionAt.get(r.region)!)
  rows.sort((a, b) => regionRank(a) - regionRank(b) || officeAt.get(a.office)! - officeAt.get(b.office)!)
  return { years: shownYears, rows, columnCounts }
}

/** Coverage restricted to some rows, with the column counts recomputed for those rows. */
export function narrowCoverage(coverage: Coverage, keepRow: (r: CoverageRow) => boolean): Coverage {
  const rows = coverage.rows.filter(keepRow)
  if (rows.length === coverage.rows.length) return coverage
  const columnCounts = coverage.years.map(zeroStatusCounts)
  for (const r of rows) r.cells.forEach((c, i) => columnCounts[i][c.status]++)
  return { years: coverage.years, rows, columnCounts }
}
