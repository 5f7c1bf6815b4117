/**
 * The compare view's state in the URL: level, the selected entities (`e`, repeated — names may
 * hold commas), the year of the metrics table (the global `year` key) and the office-kind filter.
 */
import { computed, type Ref } from 'vue'
import { filtersFromQuery, type ReportFilters } from '../analysis/filters'
import type { EntityLevel } from '../analysis/ranking'
import { chosenYear } from './useRankingParams'
import { useViewParams } from './useViewParams'

export const COMPARE_MIN = 2
export const COMPARE_MAX = 8

export interface CompareParams {
  level: EntityLevel
  names: string[]
  year: number | null
}

export function useCompareParams(availableYears: Ref<readonly number[]>) {
  const { route, one, many, patch } = useViewParams()
  const filters = computed<ReportFilters>(() => filtersFromQuery(route.query))

  const params = computed<CompareParams>(() => ({
    level: one('level') === 'office' ? 'office' : 'region',
    names: many('e').slice(0, COMPARE_MAX),
    year: chosenYear(filters.value.years, availableYears.value),
  }))

  function set(p: Partial<CompareParams>) {
    const q: Record<string, string | number | string[] | null> = {}
    if (p.level !== undefined && p.level !== params.value.level) {
      q.level = p.level === 'region' ? null : p.level
      // Names of one level mean nothing at the other.
      q.e = null
    }
    if (p.names !== undefined) q.e = p.names.slice(0, COMPARE_MAX)
    if (p.year !== undefined) q.year = p.year
    return patch(q)
  }

  function setFilters(f: Partial<ReportFilters>) {
    const q: Record<string, string | null> = {}
    if (f.regions !== undefined) q.region = f.regions.join(',') || null
    if (f.kind !== undefined) q.kind = f.kind
    return patch(q)
  }

  return { params, filters, set, setFilters }
}
