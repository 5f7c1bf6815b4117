/**
 * The overview dashboard's figures for a selection of reports: KPIs, requests by year, outcome
 * breakdown by year, applicant mix, top regions. One pass over the reports.
 */
import { CELL_BY_PATH, numberAt, type CellDef } from '../domain/cells'
import { addToTotals, emptyTotals, totalsMetrics, type ReportMetrics, type Totals } from '../domain/metrics'
import { APPLICANT_PARTS, REQUEST_GROUPS, REQUEST_ROWS, type Label } from '../domain/model'
import type { Finding, Report } from '../domain/types'

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
export const OUTCOME_LEAVES = REQUEST_ROWS.filter((r) => r.outcome).map((r) => ({ row: r, cell: totalCell(r.key) }))

const RECEIVED_TOTAL = totalCell('received')
const RECEIVED_PARTS = APPLICANT_PARTS.map((c) => CELL_BY_PATH.get(`requests.received.${c}`)!)

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

function add(acc: number | null, v: number | null): number | null {
  return v === null ? acc : (acc ?? 0) + v
}

export function buildOverview(reports: readonly Report[], findings: readonly Finding[] = [], topN = 10): Overview {
  const byYear = new Map<number, YearFigures>()
  const offices = new Set<string>()
  const totals: Totals = emptyTotals()
  const mix = RECEIVED_PARTS.map(() => null as number | null)
  const regions = new Map<string, number>()
  for (const r of reports) {
    offices.add(r.office)
    addToTotals(totals, r)
    let y = byYear.get(r.year)
    if (!y) {
      y = { year: r.year, reports: 0, received: null, outcomes: {}, leaves: {} }
      for (const c of OUTCOME_CATEGORIES) y.outcomes[c.key] = null
      for (const l of OUTCOME_LEAVES) y.leaves[l.row.key] = null
      byYear.set(r.year, y)
    }
    y.reports++
    const received = numberAt(r, RECEIVED_TOTAL)
    y.received = add(y.received, received)
    for (const c of OUTCOME_CATEGORIES) {
      for (const cell of c.cells) y.outcomes[c.key] = add(y.outcomes[c.key], numberAt(r, cell))
    }
    for (const l of OUTCOME_LEAVES) y.leaves[l.row.key] = add(y.leaves[l.row.key], numberAt(r, l.cell))
    RECEIVED_PARTS.forEach((cell, i) => (mix[i] = add(mix[i], numberAt(r, cell))))
    if (received !== null) {
      const region = r.region ?? '—'
      regions.set(region, (regions.get(region) ?? 0) + received)
    }
  }
  let errors = 0
  let missing = 0
  let late = 0
  for (const f of findings) {
    if (f.severity === 'error') errors++
    if (f.rule === 'missing-report') missing++
    if (f.rule === 'deadline') late++
  }
  return {
    offices: offices.size,
    reports: reports.length,
    years: [...byYear.values()].sort((a, b) => a.year - b.year),
    metrics: totalsMetrics(totals),
    applicantMix: APPLICANT_PARTS.map((key, i) => ({ key, value: mix[i] })),
    topRegions: [...regions.entries()]
      .map(([region, received]) => ({ region, received }))
      .sort((a, b) => b.received - a.received || a.region.localeCompare(b.region, 'zh'))
      .slice(0, topN),
    errors,
    missing,
    late,
  }
}
