/** The compliance view's own state in the URL (url/compliance.ts says which keys mean what). */
import { computed } from 'vue'
import { paramsFromQuery, paramsToQuery, type ComplianceParams } from '../url/compliance'
import { useUrlState } from './useUrlState'

export function useComplianceParams() {
  const url = useUrlState()
  const params = computed(() => paramsFromQuery(url.query.value))

  /** Merge a patch into the URL. Changing a filter goes back to page 1 unless the patch sets one. */
  function update(patch: Partial<ComplianceParams>) {
    url.patch(paramsToQuery('page' in patch ? patch : { ...patch, page: 1 }))
  }

  /** The same view with a patch applied, as a route location (for links). */
  function linkTo(patch: Partial<ComplianceParams>) {
    return { name: 'compliance', query: url.queryWith(paramsToQuery({ page: 1, ...patch })) }
  }

  return { params, update, linkTo }
}
