/**
 * The district map's figures: each area of the supervisor's map matched by name to a region of
 * the data, with the region's value of the metric (from rankEntities at region level, the same
 * figures the rankings show). What does not match is listed both ways, so a map whose names
 * differ from the reports' (东城 vs 东城区) is noticed, never silently left grey.
 */
import type { RankingRow } from './ranking'
import { compareZh } from './collate'
import { NO_REGION } from './entityFigures'

export interface DistrictValue {
  /** The area's name as the map spells it (what ECharts matches the series data by). */
  name: string
  /** The region's value (null: no report, or no value for the metric). */
  value: number | null
  /** Rank among the regions (null: not ranked, e.g. too few requests for a rate). */
  rank: number | null
}

export interface DistrictMatch {
  /** One entry per map area. */
  values: DistrictValue[]
  /** Regions of the data that no area of the map is named after. */
  missingFromMap: string[]
  /** Areas of the map no region of the data is named after. */
  notInData: string[]
}

/** Names match when they are the same text, spaces aside (an outline drawn from a PDF has "东城 区"). */
export const districtKey = (name: string) => name.normalize('NFC').replace(/\s+/g, '')

/**
 * @param areaNames the map's areas
 * @param regions every region of the data (not only the filtered ones: a region filtered out is
 *   not "missing")
 * @param rows region-level ranking rows of the metric and year shown
 */
export function matchDistricts(
  areaNames: readonly string[],
  regions: readonly string[],
  rows: readonly RankingRow[],
): DistrictMatch {
  const byKey = new Map(rows.filter((r) => r.entity !== NO_REGION).map((r) => [districtKey(r.entity), r]))
  const areaKeys = new Set(areaNames.map(districtKey))
  const regionKeys = new Set(regions.map(districtKey))
  return {
    values: areaNames.map((name) => {
      const row = byKey.get(districtKey(name))
      return { name, value: row?.value ?? null, rank: row?.rank ?? null }
    }),
    missingFromMap: regions.filter((r) => r !== NO_REGION && !areaKeys.has(districtKey(r))).sort(compareZh),
    notInData: areaNames.filter((a) => !regionKeys.has(districtKey(a))).sort(compareZh),
  }
}
