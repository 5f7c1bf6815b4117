/**
 * The compare view's state in the URL: level, the selected entities (`e`, repeated — names may
 * hold commas), and the year of the metrics table (the global `year` key).
 */
import type { LocationQuery } from 'vue-router'
import type { EntityLevel } from '../analysis/entityFigures'
import { queryList, queryText, type QueryPatch } from './query'
import { chosenYear } from './ranking'

export const COMPARE_MIN = 2
export const COMPARE_MAX = 8

export interface CompareParams {
  level: EntityLevel
  names: string[]
  year: number | null
}

export function compareParamsFromQuery(
  q: LocationQuery,
  filterYears: readonly number[],
  available: readonly number[],
): CompareParams {
  return {
    level: queryText(q, 'level') === 'office' ? 'office' : 'region',
    names: queryList(q, 'e').slice(0, COMPARE_MAX),
    year: chosenYear(filterYears, available),
  }
}

export function compareQueryPatch(p: Partial<CompareParams>, current: CompareParams): QueryPatch {
  const q: QueryPatch = {}
  if (p.level !== undefined && p.level !== current.level) {
    q.level = p.level === 'region' ? null : p.level
    // Names of one level mean nothing at the other.
    q.e = null
  }
  if (p.names !== undefined) q.e = p.names.slice(0, COMPARE_MAX)
  if (p.year !== undefined) q.year = p.year
  return q
}
