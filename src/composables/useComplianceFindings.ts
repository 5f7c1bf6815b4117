/**
 * The findings tab's list: rule and anomaly findings filtered by the tab's rule, severity and
 * office, counted per rule and region and sorted (analysis/findingSummaries.ts), one page at a time.
 */
import { computed } from 'vue'
import { sortFindings, summarizeByRegion, summarizeByRule, type FindingSort } from '../analysis/findingSummaries'
import type { Finding, NotAssessable } from '../domain/types'
import { useComplianceContext } from './useComplianceData'
import { useComplianceParams } from './useComplianceParams'
import { usePage } from './usePage'

export const FINDINGS_PAGE_SIZE = 50

export function useComplianceFindings() {
  const ctx = useComplianceContext()
  const { params } = useComplianceParams()

  const sort = computed<FindingSort>(() =>
    params.value.sort === 'year' || params.value.sort === 'rule' ? params.value.sort : 'office',
  )
  const ofOffice = (f: { office?: string }) => params.value.office === null || f.office === params.value.office

  /** Per rule (every rule, also those with no finding): counts before the rule/severity filter. */
  const byRule = computed(() =>
    summarizeByRule(
      ctx.ruleFindings.value.filter(ofOffice),
      ctx.anomalyFindings.value.filter(ofOffice),
      ctx.notAssessable.value.filter((n) => ofOffice(n)),
    ),
  )

  const listed = computed<Finding[]>(() => {
    const { rule, severity } = params.value
    const keep = (f: Finding) =>
      (rule === null || f.rule === rule) && (severity === null || f.severity === severity) && ofOffice(f)
    return [...ctx.ruleFindings.value.filter(keep), ...ctx.anomalyFindings.value.filter(keep)]
  })
  const byRegion = computed(() => summarizeByRegion(listed.value, ctx.regionOf))
  const sorted = computed(() => sortFindings(listed.value, sort.value, ctx.officeRank.value))

  const { page, pages, pageRows } = usePage(sorted, () => params.value.page, FINDINGS_PAGE_SIZE)

  /** "Not assessable" entries of the chosen rule (`na` in the URL). */
  const notAssessableListed = computed<NotAssessable[]>(() => {
    const rule = params.value.notAssessable
    if (rule === null) return []
    return sortFindings(
      ctx.notAssessable.value.filter((n) => n.rule === rule && ofOffice(n)),
      sort.value,
      ctx.officeRank.value,
    )
  })

  /** Deadline not assessable = publication date unknown: counted apart, never "on time". */
  const dateUnknown = computed(() => ctx.notAssessable.value.filter((n) => n.rule === 'deadline' && ofOffice(n)).length)

  return { sort, byRule, byRegion, listed, sorted, page, pages, pageRows, notAssessableListed, dateUnknown }
}
