/**
 * Reading and changing a URL query (vue-router's `route.query`): the raw material of every view's
 * state in the URL. Pure, so each view's codec (compliance.ts, ranking.ts, compare.ts) is tested
 * without a router; composables/useUrlState.ts is the one place that reads and writes the URL.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** Keys to set; null, undefined, '' or [] removes the key. */
export type QueryPatch = Record<string, string | number | readonly string[] | null | undefined>

/** The first value of a query key, or null. */
export function queryText(q: LocationQuery, key: string): string | null {
  const v = q[key]
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return v.find((x): x is string => typeof x === 'string') ?? null
  return null
}

/** Every value of a repeated query key (`?e=a&e=b`), blanks dropped, duplicates removed. */
export function queryList(q: LocationQuery, key: string): string[] {
  const v = q[key]
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]
  return [...new Set(list.filter((x): x is string => typeof x === 'string' && x.trim() !== ''))]
}

/** An integer query value, or null. */
export function queryInt(q: LocationQuery, key: string): number | null {
  const s = queryText(q, key)
  if (s === null || s.trim() === '') return null
  const n = Number(s)
  return Number.isInteger(n) ? n : null
}

/** The query with the patch applied, every other key kept. */
export function patchQuery(q: LocationQuery, changes: QueryPatch): LocationQuery {
  const next: LocationQueryRaw = { ...q }
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k]
    else next[k] = typeof v === 'number' ? String(v) : (v as string | string[])
  }
  return next as LocationQuery
}
