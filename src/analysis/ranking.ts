/**
 * Rankings (SPEC §6): any metric, one year, office or region level, a minimum volume, ties, and
 * the change against the previous year ranked with the same options.
 *
 * - A region is the sum of its offices (see entityFigures.ts); its compliance score is the mean
 *   of its offices' scores, its findings count their sum.
 * - Ties share a rank, competition style: 1, 2, 2, 4.
 * - Unranked rows (rank null, `belowThreshold` true) are still listed, after the ranked ones:
 *   first those whose volume is below `minVolume` (rate metrics only — a 1-of-2 disclosure rate
 *   says nothing), ordered by value; then those with no value (blank cells, zero denominator).
 *   `reason` tells the two apart.
 * - Entities are those with a report in the year (and, for complianceScore / findingsCount,
 *   offices whose report for the year is missing: they score 60 with no volume).
 */
import { sumOf, type MetricId, type TableMetricId } from '../domain/metrics'
import type { ReportRecord } from '../domain/record'
import { compareZh } from './collate'
import { metricInfo } from './metricInfo'
import {
  entityFigures,
  entityFindingsCount,
  entityScore,
  type EntityLevel,
  type EntityYear,
  type FindingsByKey,
} from './entityFigures'

export {
  findingsOf,
  indexFindings,
  NO_REGION,
  type EntityLevel,
  type FindingsByKey,
  type ReportFindings,
} from './entityFigures'

/** Rate metrics rank only entities that received at least this many requests. */
export const DEFAULT_MIN_VOLUME = 10

export interface RankingOptions {
  level: EntityLevel
  metric: MetricId
  year: number
  order: 'asc' | 'desc'
  /** Rate metrics only; other metrics ignore it. */
  minVolume: number
}

export interface RankingRow {
  rank: number | null
  entity: string
  /** Office level: the office's region; region level: null. */
  region: string | null
  value: number | null
  /** Requests received (`received.total`). */
  volume: number | null
  previousValue: number | null
  previousRank: number | null
  /** previousRank − rank: positive means the entity moved up. Null unless ranked both years. */
  rankChange: number | null
  valueChange: number | null
  /** True for every unranked row (rank null); `reason` says why. */
  belowThreshold: boolean
  reason: 'lowVolume' | 'noValue' | null
  /** Reports summed into this row (0 for an office whose report is missing). */
  reports: number
}

export function isRateMetric(metric: MetricId): boolean {
  return metricInfo(metric).kind === 'rate'
}

/** The natural order of a metric: best first (ascending for "lower is better"). */
export function defaultOrder(metric: MetricId): 'asc' | 'desc' {
  return metricInfo(metric).better === 'lower' ? 'asc' : 'desc'
}

/** Values equal up to float noise (means of scores, rates from different sums) tie. */
const EPSILON = 1e-9
const same = (a: number, b: number) => Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b))

/** One metric from the sums, as totalsMetrics computes it (which would build all of them). */
function tableValue(e: EntityYear, metric: TableMetricId): number | null {
  const s = sumOf(e.totals, metric)
  if (s.included === 0) return null
  if (!isRateMetric(metric)) return s.num
  return s.den > 0 ? s.num / s.den : null
}

function metricValue(e: EntityYear, metric: MetricId): { value: number | null; volume: number | null } {
  const volume = tableValue(e, 'volume')
  if (metric === 'complianceScore') return { value: entityScore(e), volume }
  if (metric === 'findingsCount') return { value: entityFindingsCount(e), volume }
  return { value: tableValue(e, metric), volume }
}

interface Ranked {
  entity: string
  region: string | null
  value: number | null
  volume: number | null
  reports: number
  rank: number | null
  reason: RankingRow['reason']
}

function rankYear(byEntity: Map<string, EntityYear> | undefined, o: RankingOptions): Ranked[] {
  if (!byEntity) return []
  const rate = isRateMetric(o.metric)
  const rows: Ranked[] = []
  for (const e of byEntity.values()) {
    const { value, volume } = metricValue(e, o.metric)
    let reason: Ranked['reason'] = null
    if (value === null) reason = 'noValue'
    else if (rate && (volume === null || volume < o.minVolume)) reason = 'lowVolume'
    rows.push({ entity: e.entity, region: e.region, value, volume, reports: e.reports, rank: null, reason })
  }
  const sign = o.order === 'asc' ? 1 : -1
  const group = (r: Ranked) => (r.reason === null ? 0 : r.reason === 'lowVolume' ? 1 : 2)
  rows.sort((a, b) => {
    const g = group(a) - group(b)
    if (g !== 0) return g
    if (a.value !== null && b.value !== null && !same(a.value, b.value)) return sign * (a.value - b.value)
    return compareZh(a.entity, b.entity)
  })
  let rank = 0
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    if (r.reason !== null) break
    const prev = rows[i - 1]
    rank = i > 0 && same(prev.value!, r.value!) ? rank : i + 1
    r.rank = rank
  }
  return rows
}

export function rankEntities(
  reports: readonly ReportRecord[],
  findingsByKey: FindingsByKey,
  options: RankingOptions,
): RankingRow[] {
  const findingsMetric = options.metric === 'complianceScore' || options.metric === 'findingsCount'
  const figures = entityFigures(reports, {
    level: options.level,
    years: new Set([options.year, options.year - 1]),
    findings: findingsMetric ? findingsByKey : undefined,
  })
  const current = rankYear(figures.get(options.year), options)
  const previous = new Map(rankYear(figures.get(options.year - 1), options).map((r) => [r.entity, r]))
  return current.map((r) => {
    const p = previous.get(r.entity)
    const previousValue = p?.value ?? null
    const previousRank = p?.rank ?? null
    return {
      rank: r.rank,
      entity: r.entity,
      region: r.region,
      value: r.value,
      volume: r.volume,
      previousValue,
      previousRank,
      rankChange: r.rank !== null && previousRank !== null ? previousRank - r.rank : null,
      valueChange: r.value !== null && previousValue !== null ? r.value - previousValue : null,
      belowThreshold: r.reason !== null,
      reason: r.reason,
      reports: r.reports,
    }
  })
}
