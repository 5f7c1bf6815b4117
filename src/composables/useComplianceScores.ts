/**
 * Compliance score per office and per region per year, and the score ranking — through
 * rankEntities (metric complianceScore), so ties and thresholds match the rankings view.
 * The global region/kind/name filters narrow both the reports and the findings index (an office
 * missing its report is in the index only), the year filter picks the years shown.
 */
import { computed } from 'vue'
import { selectOffices } from '../analysis/columns'
import { entityFigures, entityScore, overallScore, type FindingsByKey } from '../analysis/entityFigures'
import { DEFAULT_MIN_VOLUME, rankEntities, type RankingRow } from '../analysis/ranking'
import { compareZh } from '../analysis/collate'
import { useComplianceContext } from './useComplianceData'
import { useComplianceParams } from './useComplianceParams'
import { usePage } from './usePage'
import { chosenYear } from '../url/ranking'

const SCORES_PAGE_SIZE = 50

export function useComplianceScores() {
  const ctx = useComplianceContext()
  const { params } = useComplianceParams()

  const rankYear = computed(() => {
    const wanted = params.value.rankYear
    return chosenYear(wanted === null ? [] : [wanted], ctx.shownYears.value) ?? 0
  })

  const selection = ctx.selection
  const cols = selection.columns
  const rows = computed(() => selectOffices(cols.value, selection.keepOffice.value))
  const index = computed<FindingsByKey>(() => selection.findings(true))

  const ranking = computed<RankingRow[]>(() =>
    rankEntities(
      cols.value,
      index.value,
      {
        level: params.value.level,
        metric: 'complianceScore',
        year: rankYear.value,
        order: 'desc',
        minVolume: DEFAULT_MIN_VOLUME,
      },
      rows.value,
    ),
  )

  /** entity → score per shown year (same order as shownYears), and the mean over all offices. */
  const trend = computed(() => {
    const years = ctx.shownYears.value
    const figures = entityFigures(cols.value, {
      level: params.value.level,
      rows: rows.value,
      years: new Set(years),
      findings: index.value,
      sums: [],
    })
    const byEntity = new Map<string, (number | null)[]>()
    years.forEach((y, i) => {
      for (const e of figures.get(y)?.values() ?? []) {
        let row = byEntity.get(e.entity)
        if (!row) byEntity.set(e.entity, (row = years.map(() => null)))
        row[i] = entityScore(e)
      }
    })
    return { years, byEntity, overall: years.map((y) => overallScore(figures.get(y))) }
  })

  const sorted = computed(() =>
    params.value.sort === 'name' ? [...ranking.value].sort((a, b) => compareZh(a.entity, b.entity)) : ranking.value,
  )
  const { page, pages, pageRows } = usePage(sorted, () => params.value.page, SCORES_PAGE_SIZE)

  return { rankYear, ranking, trend, sorted, page, pages, pageRows }
}
