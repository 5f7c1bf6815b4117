/**
 * The rankings view's state in the URL: level, metric, year, order, minimum volume and page, plus
 * the global filters (region, kind, name). The ranked year is the global `year` key, so a link
 * from the overview filtered to 2024 opens the 2024 ranking, and back again.
 */
import { computed, type Ref } from 'vue'
import { filtersFromQuery, type ReportFilters } from '../analysis/filters'
import { DEFAULT_MIN_VOLUME, defaultOrder, type EntityLevel } from '../analysis/ranking'
import { METRICS, type MetricId } from '../domain/metrics'
import { useViewParams } from './useViewParams'

export const RANKING_PAGE_SIZE = 100

export interface RankingParams {
  level: EntityLevel
  metric: MetricId
  year: number | null
  order: 'asc' | 'desc'
  minVolume: number
  page: number
}

const METRIC_IDS = new Set<string>(METRICS.map((m) => m.id))

export function isMetricId(s: string | null): s is MetricId {
  return s !== null && METRIC_IDS.has(s)
}

/** The year a view shows: the newest of the filtered years that has data, else the newest year. */
export function chosenYear(filterYears: readonly number[], available: readonly number[]): number | null {
  const picked = filterYears.filter((y) => available.includes(y))
  if (picked.length) return Math.max(...picked)
  return available.length ? available[available.length - 1] : null
}

export function useRankingParams(availableYears: Ref<readonly number[]>) {
  const { route, one, int, patch } = useViewParams()
  const filters = computed<ReportFilters>(() => filtersFromQuery(route.query))

  const params = computed<RankingParams>(() => {
    const m = one('metric')
    const metric: MetricId = isMetricId(m) ? m : 'disclosureRate'
    const o = one('order')
    const min = int('min')
    return {
      level: one('level') === 'region' ? 'region' : 'office',
      metric,
      year: chosenYear(filters.value.years, availableYears.value),
      order: o === 'asc' || o === 'desc' ? o : defaultOrder(metric),
      minVolume: min !== null && min >= 0 ? min : DEFAULT_MIN_VOLUME,
      page: Math.max(1, int('page') ?? 1),
    }
  })

  /** Change the view; any change but the page itself goes back to page 1. */
  function set(p: Partial<RankingParams>) {
    const q: Record<string, string | number | null> = {}
    if (p.level !== undefined) q.level = p.level === 'office' ? null : p.level
    if (p.metric !== undefined) {
      q.metric = p.metric
      // A new metric starts in its natural order (best first), unless the caller set one.
      if (p.order === undefined) q.order = null
    }
    if (p.order !== undefined) q.order = p.order === defaultOrder(p.metric ?? params.value.metric) ? null : p.order
    if (p.year !== undefined) q.year = p.year
    if (p.minVolume !== undefined) q.min = p.minVolume === DEFAULT_MIN_VOLUME ? null : p.minVolume
    q.page = p.page !== undefined && p.page > 1 ? p.page : null
    return patch(q)
  }

  function setFilters(f: Partial<ReportFilters>) {
    const q: Record<string, string | null> = { page: null }
    if (f.regions !== undefined) q.region = f.regions.join(',') || null
    if (f.kind !== undefined) q.kind = f.kind
    if (f.q !== undefined) q.q = f.q || null
    return patch(q)
  }

  return { params, filters, set, setFilters }
}
