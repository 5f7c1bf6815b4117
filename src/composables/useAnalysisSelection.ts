/**
 * The reports (and findings) the views work on. useAnalysisSelection: the rows of the store's
 * column store narrowed by the global filters region / kind / name — never by year, since rankings
 * need the previous year and comparisons every year. useSelectedFindings: the findings of the
 * office-years the filters select, years included. Computed from the store's shallow state;
 * nothing is deep-reactive. useReportColumns / useSelectedFindingCounts: the selection with years
 * and the findings counts index, for the overview's per-filter-change sums.
 */
import { computed, type Ref } from 'vue'
import { regionNames, selectIndices } from '../analysis/columns'
import { findingsIndexOf, type FindingsByKey } from '../analysis/entityFigures'
import { countSelectedFindings, indexFindingCounts, type FindingCountIndex } from '../analysis/findingCounts'
import { officeYearMatcher, type OfficeInfoMap, type ReportFilters } from '../analysis/filters'
import type { FindingCounts } from '../analysis/overview'
import type { Finding } from '../domain/types'
import { useAssessmentStore } from '../stores/assessment'
import { useDataStore } from '../stores/data'

export function useAnalysisSelection(filters: Ref<ReportFilters>) {
  const data = useDataStore()
  const assessment = useAssessmentStore()

  /** The stored reports as columns (analysis/columns.ts). */
  const columns = computed(() => data.columns)
  const years = computed(() => [...columns.value.years])
  const regions = computed(() => regionNames(columns.value))
  const narrowed = computed(
    () => filters.value.regions.length > 0 || filters.value.kind !== null || filters.value.q.trim() !== '',
  )

  /** Is the office in the selection? (Its region and kind come from the office registry.) */
  const keepOffice = computed(() => officeYearMatcher({ ...filters.value, years: [] }, data.officeInfo))

  /** The rows of the reports of the offices the filters select (every year). */
  const rows = computed(() => selectIndices(columns.value, { ...filters.value, years: [] }))

  /**
   * The findings index of the selected offices only: office-years with a missing report have no
   * report to filter by, and would otherwise enter a filtered ranking.
   */
  function findings(needed: boolean): FindingsByKey {
    const full = assessment.findingsIndex
    if (!needed) return findingsIndexOf(full.scheme)
    if (!narrowed.value) return full
    const keep = keepOffice.value
    return findingsIndexOf(
      full.scheme,
      [...full].filter(([office]) => keep(office)),
    )
  }

  return { data, columns, years, regions, rows, narrowed, keepOffice, findings }
}

/** The office-years the filters select (years included), and the rule findings about them. */
export function useSelectedFindings(filters: Ref<ReportFilters>) {
  const data = useDataStore()
  const keep = computed(() => officeYearMatcher(filters.value, data.officeInfo))
  const findings = computed<Finding[]>(() => data.checks.findings.filter((f) => keep.value(f.office ?? '', f.year)))
  return { keep, findings }
}

/** The column store of the stored reports and the indices the filters (years included) select. */
export function useReportColumns(filters: Ref<ReportFilters>) {
  const data = useDataStore()
  const columns = computed(() => data.columns)
  const selection = computed(() => selectIndices(columns.value, filters.value))
  return { data, columns, selection }
}

// One index per check run and office info, shared by every page instance.
const countIndexCache = new WeakMap<readonly Finding[], { info: OfficeInfoMap; index: FindingCountIndex }>()
function findingCountIndex(findings: readonly Finding[], info: OfficeInfoMap): FindingCountIndex {
  const hit = countIndexCache.get(findings)
  if (hit && hit.info === info) return hit.index
  const index = indexFindingCounts(findings, info)
  countIndexCache.set(findings, { info, index })
  return index
}

/** The KPI counts (errors / missing / late) of the findings `useSelectedFindings` would list. */
export function useSelectedFindingCounts(filters: Ref<ReportFilters>) {
  const data = useDataStore()
  const index = computed(() => findingCountIndex(data.checks.findings, data.officeInfo))
  return computed<FindingCounts>(() => countSelectedFindings(index.value, filters.value))
}
