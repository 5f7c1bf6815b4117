/**
 * The reports (and findings) the analysis views work on: every stored report narrowed by the
 * global filters region / kind / name — never by year, since rankings need the previous year and
 * comparisons every year. Computed from the store's shallow arrays; nothing is deep-reactive.
 */
import { computed, type Ref } from 'vue'
import type { FindingsByKey, ReportFindings } from '../analysis/entityFigures'
import { matcher, type ReportFilters } from '../analysis/filters'
import { compareZh } from '../analysis/entityFigures'
import { useDataStore } from '../stores/data'

const NO_FINDINGS: FindingsByKey = new Map()

export function useAnalysisSelection(filters: Ref<ReportFilters>) {
  const data = useDataStore()

  const years = computed(() => [...new Set(data.reports.map((r) => r.year))].sort((a, b) => a - b))
  const regions = computed(() => [...new Set(data.reports.map((r) => r.region ?? ''))].filter(Boolean).sort(compareZh))
  const narrowed = computed(() => filters.value.regions.length > 0 || filters.value.kind !== null || filters.value.q.trim() !== '')

  /** Is the office in the selection? (Its region and kind come from the office registry.) */
  const keepOffice = computed(() => {
    const match = matcher({ ...filters.value, years: [] })
    const info = data.officeInfo
    return (office: string, fallback?: { region: string | null; officeKind: ReportFilters['kind'] }) => {
      const o = info.get(office) ?? fallback
      return match({ office, region: o?.region ?? null, officeKind: o?.officeKind ?? undefined, year: 0 })
    }
  })

  const reports = computed(() => {
    if (!narrowed.value) return data.reports
    const match = matcher({ ...filters.value, years: [] })
    return data.reports.filter(match)
  })

  /**
   * The findings index of the selected offices only: office-years with a missing report have no
   * report to filter by, and would otherwise enter a filtered ranking.
   */
  function findings(needed: boolean): FindingsByKey {
    if (!needed) return NO_FINDINGS
    const full = data.findingsIndex
    if (!narrowed.value) return full
    const keep = keepOffice.value
    const out = new Map<string, ReadonlyMap<number, ReportFindings>>()
    for (const [office, byYear] of full) if (keep(office)) out.set(office, byYear)
    return out
  }

  return { data, years, regions, reports, narrowed, keepOffice, findings }
}
