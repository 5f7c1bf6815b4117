/**
 * The one way the views read and write their state in the URL (the global filters and each view's
 * own keys), so a link or a reload reproduces the view.
 *
 * A change is shown at once and written to the address after the next paint: writing the URL goes
 * through the router's asynchronous navigation, which is not what a clerk waits for. Until then
 * the change is pending — shared by every component on the page, so they never disagree — and
 * `query` is the URL's query with it applied. Drilling down pushes a history entry at once, so the
 * browser's back button returns.
 */
import { computed, shallowRef } from 'vue'
import { useRoute, useRouter, type LocationQuery, type Router } from 'vue-router'
import { filtersFromQuery, filtersToQuery, type ReportFilters } from '../analysis/filters'
import { patchQuery, queryInt, type QueryPatch } from '../url/query'

const pending = shallowRef<{ path: string; changes: QueryPatch } | null>(null)

function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0))
  else setTimeout(fn, 0)
}

// The same object while the filters are the same: a change to another key (a page, a tab) or the
// pending change reaching the URL must not recompute every view a second time.
let lastFilters: ReportFilters | null = null
let lastFiltersKey = ''
function sameFilters(current: ReportFilters): ReportFilters {
  const key = JSON.stringify(filtersToQuery(current))
  if (lastFilters && key === lastFiltersKey) return lastFilters
  lastFilters = current
  lastFiltersKey = key
  return current
}

/**
 * The path the browser is at now, which can be ahead of the router's route: a link followed, the
 * address bar or back change the address at once, and the router catches up after loading the
 * next page. With hash history the address's hash is the location; else the history's own.
 */
function browserPath(router: Router): string {
  const { history } = router.options
  const location =
    history.base.includes('#') && typeof window !== 'undefined' ? window.location.hash.slice(1) : history.location
  return router.resolve(location || '/').path
}

const FILTER_KEYS: QueryPatch = { year: null, region: null, kind: null, q: null }

export function useUrlState() {
  const route = useRoute()
  const router = useRouter()

  /** The query the page shows: the URL's, with a change not yet written to it. */
  const query = computed<LocationQuery>(() => {
    const p = pending.value
    return p && p.path === route.path ? patchQuery(route.query, p.changes) : route.query
  })

  /** The global filters every view shares (URL keys year, region, kind, q). */
  const filters = computed<ReportFilters>(() => sameFilters(filtersFromQuery(query.value)))

  /** An integer query value, or null. */
  const int = (key: string) => queryInt(query.value, key)

  /** Change query keys (null or '' removes one); `push` makes it a step the back button undoes. */
  function patch(changes: QueryPatch, how: 'replace' | 'push' = 'replace'): void {
    const path = route.path
    if (how === 'push') {
      // The new entry carries any pending change with it.
      const next = patchQuery(query.value, changes)
      pending.value = null
      void router.push({ query: next })
      return
    }
    const mine = { path, changes: pending.value?.path === path ? { ...pending.value.changes, ...changes } : changes }
    pending.value = mine
    afterPaint(() => {
      // A later change carries this one with it; a page left meanwhile keeps its own query.
      if (pending.value !== mine) return
      // The browser may already be on its way elsewhere (a link, the address bar, back): the
      // history's location says so before the router has loaded the next page. Writing this
      // query then would cancel that navigation and bring the user back here.
      if (route.path !== path || browserPath(router) !== path) {
        pending.value = null
        return
      }
      void router.replace({ query: patchQuery(route.query, mine.changes) }).finally(() => {
        if (pending.value === mine) pending.value = null
      })
    })
  }

  /** Change the global filters (and, with `also`, other keys, e.g. back to page 1). */
  function setFilters(change: Partial<ReportFilters>, also: QueryPatch = {}): void {
    patch({ ...FILTER_KEYS, ...filtersToQuery({ ...filters.value, ...change }), ...also })
  }

  /** The current query with a patch applied, for a link to the same view in another state. */
  function queryWith(changes: QueryPatch): LocationQuery {
    return patchQuery(query.value, changes)
  }

  return { query, filters, int, patch, setFilters, queryWith }
}
