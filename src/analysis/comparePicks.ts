/**
 * What the compare view offers before the user picks anything: the largest entities of the newest
 * year (by new requests), the lowest-scoring ones (under the chosen scheme), and the offices of the
 * same kind and region as the office the user came from. Each a short list, ready to compare.
 */
import type { EntityLevel, FindingsByKey } from './entityFigures'
import type { ReportRecord } from '../domain/record'
import { newestYear } from './filters'
import { rankEntities } from './ranking'

export const PICK_SIZE = 4

export type PickKind = 'largest' | 'lowestScore' | 'sameKind'

export interface ComparePick {
  kind: PickKind
  names: string[]
}

/** The `size` ranked entities of `year` by a metric (ranked rows only, in rank order). */
function top(
  records: readonly ReportRecord[],
  findings: FindingsByKey,
  level: EntityLevel,
  year: number,
  metric: 'volume' | 'complianceScore',
  order: 'asc' | 'desc',
  size: number,
): string[] {
  // Entities with a report that year: one missing its report has no figures to compare.
  return rankEntities(records, findings, { level, metric, year, order, minVolume: 0 })
    .filter((r) => r.rank !== null && r.reports > 0)
    .slice(0, size)
    .map((r) => r.entity)
}

/**
 * The quick picks for a level. `from`: the office the user came from (office level only): its
 * region's offices of its kind, it and the largest others.
 */
export function comparePicks(
  records: readonly ReportRecord[],
  findings: FindingsByKey,
  level: EntityLevel,
  from: string | null = null,
  size = PICK_SIZE,
): ComparePick[] {
  const year = newestYear(records)
  if (year === null) return []
  const picks: ComparePick[] = [
    { kind: 'largest', names: top(records, findings, level, year, 'volume', 'desc', size) },
    { kind: 'lowestScore', names: top(records, findings, level, year, 'complianceScore', 'asc', size) },
  ]
  if (level === 'office' && from) {
    const own = records.filter((r) => r.office === from).sort((a, b) => b.year - a.year)[0]
    if (own) {
      const peers = records.filter(
        (r) => r.year === year && r.office !== from && r.region === own.region && r.officeKind === own.officeKind,
      )
      const others = top(peers, findings, 'office', year, 'volume', 'desc', size - 1)
      picks.push({ kind: 'sameKind', names: [from, ...others] })
    }
  }
  return picks.filter((p) => p.names.length >= 2)
}
