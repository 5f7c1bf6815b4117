/**
 * Region-level figures of one metric and year for the district map: the same ranking the rankings
 * page shows at region level (rankEntities over the selected reports), so the map follows whatever
 * data access the pages use. Computed only while a map is there to show them.
 */
import { computed, type Ref } from 'vue'
import { DEFAULT_MIN_VOLUME, defaultOrder, rankEntities, type RankingRow } from '../analysis/ranking'
import type { MetricId } from '../domain/metrics'
import { useDistrictMapStore } from '../stores/districtMap'
import type { useAnalysisSelection } from './useAnalysisSelection'

export function useRegionFigures(
  selection: ReturnType<typeof useAnalysisSelection>,
  metric: Ref<MetricId>,
  year: Ref<number | null>,
  minVolume: Ref<number> = computed(() => DEFAULT_MIN_VOLUME),
) {
  const maps = useDistrictMapStore()
  return computed<RankingRow[]>(() => {
    if (!maps.current || year.value === null) return []
    const needsFindings = metric.value === 'complianceScore' || metric.value === 'findingsCount'
    return rankEntities(
      selection.columns.value,
      selection.findings(needsFindings),
      {
        level: 'region',
        metric: metric.value,
        year: year.value,
        order: defaultOrder(metric.value),
        minVolume: minVolume.value,
      },
      selection.rows.value,
    )
  })
}
