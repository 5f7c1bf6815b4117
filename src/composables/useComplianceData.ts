/**
 * The compliance view's selection: the store's checks, anomalies and coverage narrowed by the
 * global filters (years, regions, kind, q). Everything is a computed() over the store's shallow
 * arrays, so switching tabs or paging never recomputes the checks.
 */
import { computed, inject, provide, type InjectionKey } from 'vue'
import { buildCoverage, narrowCoverage, type Coverage } from '../analysis/coverage'
import { matcher } from '../analysis/filters'
import type { Finding, NotAssessable } from '../domain/types'
import { useAnalysisSelection, useSelectedFindings } from './useAnalysisSelection'
import { useUrlState } from './useUrlState'

export function useComplianceData() {
  const { filters, setFilters: updateFilters } = useUrlState()
  /** Reports and the findings index narrowed by region, kind and name (the score ranking's input). */
  const selection = useAnalysisSelection(filters)
  const { data, years, regions } = selection
  /** The years shown: the filter's, else every year in the data. */
  const shownYears = computed(() => (filters.value.years.length ? filters.value.years : years.value))

  /** Findings of the rules of SPEC §3 in the selection (the ones that count in the score). */
  const { keep, findings: ruleFindings } = useSelectedFindings(filters)

  const regionOf = (office: string) => data.officeInfo.get(office)?.region ?? null

  /** Year-on-year anomaly warnings in the selection (listed, never scored). */
  const anomalyFindings = computed<Finding[]>(() => data.anomalies.filter((f) => keep.value(f.office ?? '', f.year)))
  const notAssessable = computed<NotAssessable[]>(() =>
    data.checks.notAssessable.filter((n) => keep.value(n.office, n.year)),
  )

  /** Every office-year of the data, before the row filters (kept so the filters narrow, not rebuild). */
  const fullCoverage = computed(() => {
    const offices = data.offices.map((o) => ({
      name: o.name,
      region: o.region,
      officeKind: o.officeKind,
      dissolvedFrom: o.dissolvedFrom,
    }))
    return buildCoverage(data.records, data.checks, offices, shownYears.value)
  })
  const coverage = computed<Coverage>(() => {
    const match = matcher({ ...filters.value, years: [] })
    return narrowCoverage(fullCoverage.value, (r) =>
      match({ office: r.office, region: r.region, officeKind: r.officeKind, year: 0 }),
    )
  })

  /** Position of every office in region-then-name order (the coverage's order), for sorting lists. */
  const officeRank = computed(() => new Map(fullCoverage.value.rows.map((r, i) => [r.office, i])))

  /** Offices in the selection (for pickers), in the coverage's order (region, then name). */
  const officeNames = computed(() => coverage.value.rows.map((r) => r.office))

  return {
    data,
    selection,
    filters,
    updateFilters,
    years,
    regions,
    shownYears,
    keep,
    regionOf,
    ruleFindings,
    anomalyFindings,
    notAssessable,
    coverage,
    officeRank,
    officeNames,
  }
}

export type ComplianceData = ReturnType<typeof useComplianceData>

const KEY: InjectionKey<ComplianceData> = Symbol('compliance-data')

/** The page computes the selection once; its tabs inject it. */
export function provideComplianceData(): ComplianceData {
  const d = useComplianceData()
  provide(KEY, d)
  return d
}

export function useComplianceContext(): ComplianceData {
  const d = inject(KEY)
  if (!d) throw new Error('useComplianceContext() outside the compliance page')
  return d
}
