/**
 * The office detail view's year-over-year figures: the main metrics of each year's report and
 * their change against the year before. A change is only computed against year − 1: after a gap
 * year, "change vs previous year" would silently span two years.
 *
 * For rates, `change` is in fractions (0.05 = 5 percentage points) and `changePct` is the relative
 * change (rarely what a clerk wants for a rate, but kept for symmetry); for counts, `change` is the
 * difference in units. `changePct` is null when last year's value is 0.
 */
import { reportMetrics } from '../domain/metrics'
import type { ReportRecord } from '../domain/record'

export const HISTORY_FIGURES = [
  'volume',
  'handled',
  'disclosureRate',
  'backlog',
  'disputeCount',
  'correctionRate',
] as const
export type HistoryFigureId = (typeof HISTORY_FIGURES)[number]

export interface HistoryFigure {
  value: number | null
  /** Value of year − 1 (null when that year has no report or the value is blank). */
  previous: number | null
  change: number | null
  changePct: number | null
}

export interface HistoryYear {
  year: number
  report: ReportRecord
  figures: Record<HistoryFigureId, HistoryFigure>
}

export interface OfficeHistory {
  office: string | null
  /** Years with a report, ascending. */
  years: number[]
  rows: HistoryYear[]
}

/** Reports of one office (if more than one office is passed, the first one's name is used). */
export function officeHistory(reports: readonly ReportRecord[]): OfficeHistory {
  const byYear = new Map<number, ReportRecord>()
  for (const r of reports) byYear.set(r.year, r)
  const years = [...byYear.keys()].sort((a, b) => a - b)
  const metrics = new Map(years.map((y) => [y, reportMetrics(byYear.get(y)!)]))
  const rows = years.map((year): HistoryYear => {
    const now = metrics.get(year)!
    const before = metrics.get(year - 1)
    const figures = {} as Record<HistoryFigureId, HistoryFigure>
    for (const id of HISTORY_FIGURES) {
      const value = now[id]
      const previous = before?.[id] ?? null
      const change = value !== null && previous !== null ? value - previous : null
      figures[id] = {
        value,
        previous,
        change,
        changePct: change !== null && previous !== 0 ? change / previous! : null,
      }
    }
    return { year, report: byYear.get(year)!, figures }
  })
  return { office: reports[0]?.office ?? null, years, rows }
}
