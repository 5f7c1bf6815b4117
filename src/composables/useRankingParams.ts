/** The rankings view's state in the URL (url/ranking.ts), plus the global filters. */
import { computed, type Ref } from 'vue'
import type { ReportFilters } from '../analysis/filters'
import { rankingParamsFromQuery, rankingQueryPatch, type RankingParams } from '../url/ranking'
import { useUrlState } from './useUrlState'

export function useRankingParams(availableYears: Ref<readonly number[]>) {
  const url = useUrlState()
  const params = computed<RankingParams>(() =>
    rankingParamsFromQuery(url.query.value, url.filters.value.years, availableYears.value),
  )
  const set = (p: Partial<RankingParams>) => url.patch(rankingQueryPatch(p, params.value))
  /** A filter change goes back to page 1. */
  const setFilters = (f: Partial<ReportFilters>) => url.setFilters(f, { page: null })
  return { params, filters: url.filters, set, setFilters }
}
