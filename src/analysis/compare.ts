/**
 * The compare view (SPEC §6): 2–8 regions or offices side by side — every metric per year, the
 * outcome mix, and a table for one year that marks the best and worst entity of each metric
 * (by METRICS[].better; metrics where neither direction is better get no marks).
 *
 * Regions are the sum of their offices; compliance score and findings count (only when a
 * findings index is passed) follow entityFigures.ts. Names with no report are kept (all values
 * null) so the view can say so. Fewer than 2 or more than 8 names are not refused here: the view
 * limits the selection.
 */
import {
  emptyTotals,
  METRICS,
  totalsMetrics,
  type MetricId,
  type ReportMetrics,
  type TableMetricId,
} from '../domain/metrics'
import { cellNumber, type ReportRecord } from '../domain/record'
import {
  entityFigures,
  entityFindingsCount,
  entityOf,
  entityScore,
  type EntityLevel,
  type FindingsByKey,
} from './entityFigures'
import { OUTCOME_CATEGORIES } from './overview'

export interface CompareOptions {
  level: EntityLevel
  names: readonly string[]
  /** Year of the comparison table; default the newest year any of the entities reported. */
  year?: number
  /** With it, the table also compares complianceScore and findingsCount. */
  findings?: FindingsByKey
}

export interface ComparedYear extends ReportMetrics {
  /** OUTCOME_CATEGORIES key → Σ of its `total` cells (null when every cell was blank). */
  outcomes: Record<string, number | null>
  reports: number
  /** Only when a findings index was passed. */
  complianceScore: number | null
  findingsCount: number | null
}

export interface ComparedEntity {
  name: string
  byYear: Map<number, ComparedYear>
  /** Metrics of the table's year (all null when the entity has no report that year). */
  latest: ReportMetrics
}

export interface CompareRow {
  metric: MetricId
  /** One value per entity, in the order of `entities`. */
  values: (number | null)[]
  /** Index of the best entity (first one on a tie); null when the metric has no better direction or fewer than two values differ. */
  best: number | null
  worst: number | null
  /** max − min over the non-null values; null with fewer than two. */
  spread: number | null
}

export interface Comparison {
  years: number[]
  /** The year the table compares. */
  year: number | null
  entities: ComparedEntity[]
  table: CompareRow[]
}

const emptyMetrics = (): ReportMetrics => totalsMetrics(emptyTotals())

function emptyOutcomes(): Record<string, number | null> {
  return Object.fromEntries(OUTCOME_CATEGORIES.map((c) => [c.key, null]))
}

function markRow(metric: (typeof METRICS)[number], values: (number | null)[]): CompareRow {
  const present = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null)
  let spread: number | null = null
  let best: number | null = null
  let worst: number | null = null
  if (present.length >= 2) {
    let hi = present[0]
    let lo = present[0]
    for (const x of present) {
      if (x.v > hi.v) hi = x
      if (x.v < lo.v) lo = x
    }
    spread = hi.v - lo.v
    if (spread > 0 && metric.better !== 'none') {
      best = metric.better === 'higher' ? hi.i : lo.i
      worst = metric.better === 'higher' ? lo.i : hi.i
    }
  }
  return { metric: metric.id, values, best, worst, spread }
}

export function compareEntities(reports: readonly ReportRecord[], options: CompareOptions): Comparison {
  const names = [...new Set(options.names)]
  const only = new Set(names)
  const figures = entityFigures(reports, { level: options.level, only, findings: options.findings })

  const entities: ComparedEntity[] = names.map((name) => ({ name, byYear: new Map(), latest: emptyMetrics() }))
  const byName = new Map(entities.map((e) => [e.name, e]))
  for (const [year, byEntity] of figures) {
    for (const [name, f] of byEntity) {
      byName.get(name)!.byYear.set(year, {
        ...(f.reports > 0 ? totalsMetrics(f.totals) : emptyMetrics()),
        outcomes: emptyOutcomes(),
        reports: f.reports,
        complianceScore: entityScore(f),
        findingsCount: entityFindingsCount(f),
      })
    }
  }
  // Outcome mix: a second pass over the selected entities' reports only.
  for (const r of reports) {
    const e = byName.get(entityOf(options.level, r))
    const y = e?.byYear.get(r.year)
    if (!y) continue
    for (const c of OUTCOME_CATEGORIES) {
      for (const cell of c.cells) {
        const v = cellNumber(r, cell)
        if (v !== null) y.outcomes[c.key] = (y.outcomes[c.key] ?? 0) + v
      }
    }
  }

  const years = [...figures.keys()].sort((a, b) => a - b)
  const withReports = years.filter((y) => entities.some((e) => (e.byYear.get(y)?.reports ?? 0) > 0))
  const year = options.year ?? withReports[withReports.length - 1] ?? null
  for (const e of entities) {
    const y = year === null ? undefined : e.byYear.get(year)
    if (y && y.reports > 0) {
      const { outcomes: _o, reports: _r, complianceScore: _s, findingsCount: _f, ...metrics } = y
      e.latest = metrics
    }
  }

  const table = METRICS.filter((m) => options.findings || (m.id !== 'complianceScore' && m.id !== 'findingsCount')).map(
    (m) =>
      markRow(
        m,
        entities.map((e) => {
          const y = year === null ? undefined : e.byYear.get(year)
          if (!y) return null
          if (m.id === 'complianceScore' || m.id === 'findingsCount') return y[m.id]
          return y[m.id as TableMetricId]
        }),
      ),
  )
  return { years, year, entities, table }
}
