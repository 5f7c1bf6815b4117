/**
 * A view's own state in the URL query (beside the global filters of useUrlFilters), so a link or
 * a reload reproduces the view. Changing a control replaces the history entry; drilling down to
 * another view pushes one, so the browser's back button returns.
 */
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router'

export type QueryPatch = Record<string, string | number | readonly string[] | null | undefined>

export function useViewParams() {
  const route = useRoute()
  const router = useRouter()

  /** The first value of a query key, or null. */
  function one(key: string): string | null {
    const v = route.query[key]
    if (typeof v === 'string') return v
    if (Array.isArray(v)) return v.find((x): x is string => typeof x === 'string') ?? null
    return null
  }

  /** Every value of a repeated query key (`?e=a&e=b`), blanks dropped, duplicates removed. */
  function many(key: string): string[] {
    const v = route.query[key]
    const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]
    return [...new Set(list.filter((x): x is string => typeof x === 'string' && x.trim() !== ''))]
  }

  /** An integer query value, or null. */
  function int(key: string): number | null {
    const s = one(key)
    if (s === null || s.trim() === '') return null
    const n = Number(s)
    return Number.isInteger(n) ? n : null
  }

  /** Set (or, with null/empty, remove) query keys, keeping every other key. */
  function patch(changes: QueryPatch, how: 'replace' | 'push' = 'replace') {
    const next: LocationQueryRaw = { ...route.query }
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k]
      else next[k] = typeof v === 'number' ? String(v) : (v as string | string[])
    }
    return how === 'push' ? router.push({ query: next }) : router.replace({ query: next })
  }

  return { route, router, one, many, int, patch }
}
