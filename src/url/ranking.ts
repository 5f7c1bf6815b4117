/**
 * The rankings view's state in the URL: level, metric, order, minimum volume and page; the ranked
 * year is the global `year` filter (so a link from the overview filtered to 2024 opens the 2024
 * ranking, and back again). Defaults are left out of the URL so links stay short.
 */
import type { LocationQuery } from 'vue-router'
import type { EntityLevel } from '../analysis/entityFigures'
import { isMetricId } from '../analysis/metricInfo'
import { DEFAULT_MIN_VOLUME, defaultOrder } from '../analysis/ranking'
import type { MetricId } from '../domain/metrics'
import { queryInt, queryText, type QueryPatch } from './query'

export const RANKING_PAGE_SIZE = 100

export interface RankingParams {
  level: EntityLevel
  metric: MetricId
  year: number | null
  order: 'asc' | 'desc'
  minVolume: number
  page: number
}

/** The year a view shows: the newest of the filtered years that has data, else the newest year. */
export function chosenYear(filterYears: readonly number[], available: readonly number[]): number | null {
  const picked = filterYears.filter((y) => available.includes(y))
  if (picked.length) return Math.max(...picked)
  return available.length ? available[available.length - 1] : null
}

export function rankingParamsFromQuery(
  q: LocationQuery,
  filterYears: readonly number[],
  available: readonly number[],
): RankingParams {
  const m = queryText(q, 'metric')
  const metric: MetricId = isMetricId(m) ? m : 'disclosureRate'
  const o = queryText(q, 'order')
  const min = queryInt(q, 'min')
  return {
    level: queryText(q, 'level') === 'region' ? 'region' : 'office',
    metric,
    year: chosenYear(filterYears, available),
    order: o === 'asc' || o === 'desc' ? o : defaultOrder(metric),
    minVolume: min !== null && min >= 0 ? min : DEFAULT_MIN_VOLUME,
    page: Math.max(1, queryInt(q, 'page') ?? 1),
  }
}

/** The query change for a change of the view; any change but the page itself goes back to page 1. */
export function rankingQueryPatch(p: Partial<RankingParams>, current: RankingParams): QueryPatch {
  const q: QueryPatch = {}
  if (p.level !== undefined) q.level = p.level === 'office' ? null : p.level
  if (p.metric !== undefined) {
    q.metric = p.metric
    // A new metric starts in its natural order (best first), unless the caller set one.
    if (p.order === undefined) q.order = null
  }
  if (p.order !== undefined) q.order = p.order === defaultOrder(p.metric ?? current.metric) ? null : p.order
  if (p.year !== undefined) q.year = p.year
  if (p.minVolume !== undefined) q.min = p.minVolume === DEFAULT_MIN_VOLUME ? null : p.minVolume
  q.page = p.page !== undefined && p.page > 1 ? p.page : null
  return q
}
