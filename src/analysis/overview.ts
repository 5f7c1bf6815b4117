/**
 * The overview dashboard's figures for a selection of reports: KPIs, requests by year, outcome
 * breakdown by year, applicant mix, top regions. Summed from the column store (analysis/columns.ts)
 * over a selection of indices, so a filter change does not walk the nested reports again.
 */
import { CELL_BY_PATH, type CellDef } from '../domain/cells'
import { SUM_KEYS, emptyTotals, totalsMetrics, type ReportMetrics } from '../domain/metrics'
import { APPLICANT_PARTS, REQUEST_GROUPS, REQUEST_ROWS, type Label } from '../domain/model'
import type { ReportRecord } from '../domain/record'
import type { Finding } from '../domain/types'
import { OUTCOME_ROWS, reportColumns, selectGroups, selectIndices, type ReportColumns } from './columns'
import { compareZh } from './collate'
import { NO_FILTERS, type ReportFilters } from './filters'
import { AT_REPORTS, WIDTH, outcomeAt, slotAt, sumsOfGroups, sumsOfIndices, type SelectionSums } from './overviewSums'

/** The outcome categories of the stacked bar: 予以公开, 部分公开, then the four groups. */
export interface OutcomeCategory extends Label {
  key: string
  /** `requests.<row>.total` cells summed into this category. */
  cells: CellDef[]
}

const totalCell = (rowKey: string) => CELL_BY_PATH.get(`requests.${rowKey}.total`)!

export const OUTCOME_CATEGORIES: readonly OutcomeCategory[] = [
  ...REQUEST_ROWS.filter((r) => r.key === 'granted' || r.key === 'partiallyGranted').map((r) => ({
    key: r.key,
    zh: r.zh,
    en: r.en,
    cells: [totalCell(r.key)],
  })),
  ...REQUEST_GROUPS.map((g) => ({
    key: g.key,
    zh: g.zh,
    en: g.en,
    cells: REQUEST_ROWS.filter((r) => 'group' in r && r.group === g.key).map((r) => totalCell(r.key)),
  })),
]

/** Every outcome leaf row (for the breakdown of a category on hover). */
export const OUTCOME_LEAVES = OUTCOME_ROWS.map((r) => ({ row: r, cell: totalCell(r.key) }))

export interface YearFigures {
  year: number
  reports: number
  received: number | null
  /** Category key → sum of its cells (null when every cell was blank). */
  outcomes: Record<string, number | null>
  /** Leaf row key → sum. */
  leaves: Record<string, number | null>
}

export interface Overview {
  offices: number
  reports: number
  years: YearFigures[]
  metrics: ReportMetrics
  applicantMix: { key: string; value: number | null }[]
  topRegions: { region: string; received: number }[]
  errors: number
  missing: number
  late: number
}

/** The findings figures of the KPIs: errors, missing reports, late reports. */
export interface FindingCounts {
  errors: number
  missing: number
  late: number
}

export const NO_FINDING_COUNTS: FindingCounts = { errors: 0, missing: 0, late: 0 }

/** One finding's share of the KPIs (analysis/findingCounts.ts indexes these once per check run). */
export function findingFlags(f: Pick<Finding, 'rule' | 'severity'>): FindingCounts {
  return {
    errors: f.severity === 'error' ? 1 : 0,
    missing: f.rule === 'missing-report' ? 1 : 0,
    late: f.rule === 'deadline' ? 1 : 0,
  }
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const out = { errors: 0, missing: 0, late: 0 }
  for (const f of findings) {
    const c = findingFlags(f)
    out.errors += c.errors
    out.missing += c.missing
    out.late += c.late
  }
  return out
}

/** The overview of every report: what the overview page shows with no filter set. */
export function buildOverview(
  records: readonly ReportRecord[],
  findings: readonly Finding[] = [],
  topN = 10,
): Overview {
  return overviewFor(reportColumns(records), NO_FILTERS, countFindings(findings), topN)
}

const PARTS = APPLICANT_PARTS.map((c) => SUM_KEYS.indexOf(`byApplicant.${c}`))
/** For each outcome category, its rows' positions in OUTCOME_ROWS. */
const CATEGORY_ROWS = OUTCOME_CATEGORIES.map((c) =>
  c.cells.map((cell) => OUTCOME_ROWS.findIndex((r) => `requests.${r.key}.total` === cell.path)),
)
const VOLUME = SUM_KEYS.indexOf('volume')

/**
 * The overview of the reports the filters select (years included) — what the overview page shows.
 * Without a name search the sums come from per-cell sums (see overviewSums.ts), whatever the count
 * of reports.
 */
export function overviewFor(
  cols: ReportColumns,
  filters: ReportFilters,
  counts: FindingCounts = NO_FINDING_COUNTS,
  topN = 10,
): Overview {
  const groups = selectGroups(cols, filters)
  const sums = groups ? sumsOfGroups(cols, groups) : sumsOfIndices(cols, selectIndices(cols, filters))
  return overviewFromSums(cols, sums, counts, topN)
}

function overviewFromSums(cols: ReportColumns, sums: SelectionSums, counts: FindingCounts, topN: number): Overview {
  const { byYear } = sums
  const totals = emptyTotals()
  totals.reports = sums.reports
  const years: YearFigures[] = []
  for (let y = 0; y < cols.years.length; y++) {
    const base = y * WIDTH
    if (!byYear[base + AT_REPORTS]) continue
    totals.sums.forEach((s, k) => {
      const at = base + slotAt(k)
      s.num += byYear[at]
      s.den += byYear[at + 1]
      s.included += byYear[at + 2]
    })
    const row = (j: number) => (byYear[base + outcomeAt(j) + 1] ? byYear[base + outcomeAt(j)] : null)
    const leaves: Record<string, number | null> = {}
    OUTCOME_ROWS.forEach((r, j) => (leaves[r.key] = row(j)))
    const outcomes: Record<string, number | null> = {}
    OUTCOME_CATEGORIES.forEach((c, ci) => {
      let sum: number | null = null
      for (const j of CATEGORY_ROWS[ci]) {
        const v = row(j)
        if (v !== null) sum = (sum ?? 0) + v
      }
      outcomes[c.key] = sum
    })
    const received = base + slotAt(VOLUME)
    years.push({
      year: cols.years[y],
      reports: byYear[base + AT_REPORTS],
      received: byYear[received + 2] ? byYear[received] : null,
      outcomes,
      leaves,
    })
  }
  for (const s of totals.sums) s.skipped = sums.reports - s.included

  // A blank region is listed as "—" (merged with a region literally named so, as before).
  const regions = new Map<string, number>()
  cols.regions.forEach((name, r) => {
    if (!sums.regionCount[r]) return
    const label = name ?? '—'
    regions.set(label, (regions.get(label) ?? 0) + sums.regionReceived[r])
  })

  const part = (k: number) => (totals.sums[k].included ? totals.sums[k].num : null)
  return {
    offices: sums.offices,
    reports: sums.reports,
    years,
    metrics: totalsMetrics(totals),
    applicantMix: APPLICANT_PARTS.map((key, p) => ({ key, value: part(PARTS[p]) })),
    topRegions: [...regions.entries()]
      .map(([region, received]) => ({ region, received }))
      .sort((a, b) => b.received - a.received || compareZh(a.region, b.region))
      .slice(0, topN),
    ...counts,
  }
}
