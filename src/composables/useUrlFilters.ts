import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { filtersFromQuery, filtersToQuery, type ReportFilters } from '../analysis/filters'

/** The global filters, read from and written to the URL query (so a reload or link keeps them). */
export function useUrlFilters() {
  const route = useRoute()
  const router = useRouter()
  const filters = computed<ReportFilters>(() => filtersFromQuery(route.query))
  function update(patch: Partial<ReportFilters>) {
    const next = { ...filters.value, ...patch }
    const other = Object.fromEntries(Object.entries(route.query).filter(([k]) => !['year', 'region', 'kind', 'q'].includes(k)))
    void router.replace({ query: { ...other, ...filtersToQuery(next) } })
  }
  return { filters, update }
}
