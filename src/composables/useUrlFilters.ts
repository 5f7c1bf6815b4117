import { computed, shallowRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { filtersFromQuery, filtersToQuery, type ReportFilters } from '../analysis/filters'

/**
 * A filter change the page already shows but the URL does not have yet (shared by every
 * component using the filters, so they never disagree). Writing the URL goes through the
 * router's asynchronous navigation, which is not what a clerk waits for: the views redraw first,
 * the address follows after the paint.
 */
const pending = shallowRef<ReportFilters | null>(null)

function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0))
  else setTimeout(fn, 0)
}

const keyOf = (f: ReportFilters) => JSON.stringify(filtersToQuery(f))

/** The global filters, read from and written to the URL query (so a reload or link keeps them). */
export function useUrlFilters() {
  const route = useRoute()
  const router = useRouter()
  // The same object while the filters are the same: writing the URL a moment later (or a change
  // to another query parameter) must not recompute every view a second time.
  let last: ReportFilters | null = null
  let lastKey = ''
  const filters = computed<ReportFilters>(() => {
    const current = pending.value ?? filtersFromQuery(route.query)
    const key = keyOf(current)
    if (last && key === lastKey) return last
    last = current
    lastKey = key
    return current
  })
  function update(patch: Partial<ReportFilters>) {
    const next = { ...filters.value, ...patch }
    pending.value = next
    afterPaint(() => {
      const other = Object.fromEntries(
        Object.entries(route.query).filter(([k]) => !['year', 'region', 'kind', 'q'].includes(k)),
      )
      void router.replace({ query: { ...other, ...filtersToQuery(next) } }).finally(() => {
        if (pending.value === next) pending.value = null
      })
    })
  }
  return { filters, update }
}
