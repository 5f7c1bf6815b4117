/** The compare view's state in the URL (url/compare.ts), plus the global filters. */
import { computed, type Ref } from 'vue'
import { compareParamsFromQuery, compareQueryPatch, type CompareParams } from '../url/compare'
import { useUrlState } from './useUrlState'

export function useCompareParams(availableYears: Ref<readonly number[]>) {
  const url = useUrlState()
  const params = computed<CompareParams>(() =>
    compareParamsFromQuery(url.query.value, url.filters.value.years, availableYears.value),
  )
  const set = (p: Partial<CompareParams>) => url.patch(compareQueryPatch(p, params.value))
  return { params, filters: url.filters, set, setFilters: url.setFilters }
}
