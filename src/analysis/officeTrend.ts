/**
 * What the office trend chart (charts/officeTrend.ts) draws beyond the history: every year from the
 * office's first report to the newest year in the data, so a missing report shows as a gap, and the
 * score of each of those years as the rankings count it (entityFigures.ts), so a missing report's
 * score (base − missing report) shows as a dip.
 */
import { findingsOf, type FindingsByKey } from './entityFigures'

/** Every year from the first reported one to the newest in the data (or the last reported, if later). */
export function trendYears(reported: readonly number[], newestYear: number | null): number[] {
  const first = reported[0]
  if (first === undefined) return []
  const last = Math.max(newestYear ?? first, reported[reported.length - 1])
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/**
 * The office's score in each year: its findings' score; the scheme's base for a report without
 * findings; null for a year with neither (nothing to score, e.g. a report not yet due).
 */
export function trendScores(
  index: FindingsByKey,
  office: string,
  years: readonly number[],
  reported: readonly number[],
): Map<number, number | null> {
  const hasReport = new Set(reported)
  return new Map(
    years.map((y) => {
      const f = findingsOf(index, office, y)
      return [y, f ? f.score : hasReport.has(y) ? index.scheme.base : null] as const
    }),
  )
}
