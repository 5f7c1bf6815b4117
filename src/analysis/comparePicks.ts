/**
 * What the compare view offers before the user picks anything: the largest entities of the newest
 * year (by new requests), the lowest-scoring ones (under the chosen scheme), and the offices of the
 * same kind and region as the office the user came from. Each a short list, ready to compare.
 */
import type { EntityLevel, FindingsByKey } from './entityFigures'
import { allIndices, newestYear, type ReportColumns } from './columns'
import { rankEntities } from './ranking'

export const PICK_SIZE = 4

export type PickKind = 'largest' | 'lowestScore' | 'sameKind'

export interface ComparePick {
  kind: PickKind
  names: string[]
}

/** The `size` ranked entities of `year` among `rows` by a metric (ranked rows only, in rank order). */
function top(
  cols: ReportColumns,
  rows: Int32Array,
  findings: FindingsByKey,
  level: EntityLevel,
  year: number,
  metric: 'volume' | 'complianceScore',
  order: 'asc' | 'desc',
  size: number,
): string[] {
  // Entities with a report that year: one missing its report has no figures to compare.
  return rankEntities(cols, findings, { level, metric, year, order, minVolume: 0 }, rows)
    .filter((r) => r.rank !== null && r.reports > 0)
    .slice(0, size)
    .map((r) => r.entity)
}

/**
 * The quick picks for a level among the rows `rows` of `cols` (default all). `from`: the office the
 * user came from (office level only): its region's offices of its kind, it and the largest others.
 */
export function comparePicks(
  cols: ReportColumns,
  findings: FindingsByKey,
  level: EntityLevel,
  from: string | null = null,
  rows: Int32Array = allIndices(cols),
  size = PICK_SIZE,
): ComparePick[] {
  const year = newestYear(cols, rows)
  if (year === null) return []
  const picks: ComparePick[] = [
    { kind: 'largest', names: top(cols, rows, findings, level, year, 'volume', 'desc', size) },
    { kind: 'lowestScore', names: top(cols, rows, findings, level, year, 'complianceScore', 'asc', size) },
  ]
  const office = from === null ? undefined : cols.officeIndex.get(from)
  if (level === 'office' && from !== null && office !== undefined) {
    // The office's newest report says its region and kind.
    let own = -1
    for (const i of rows) if (cols.office[i] === office && (own < 0 || cols.year[i] > cols.year[own])) own = i
    if (own >= 0) {
      const peers = rows.filter(
        (i) =>
          cols.year[i] === year &&
          cols.office[i] !== office &&
          cols.region[i] === cols.region[own] &&
          cols.kind[i] === cols.kind[own],
      )
      const others = top(cols, peers, findings, 'office', year, 'volume', 'desc', size - 1)
      picks.push({ kind: 'sameKind', names: [from, ...others] })
    }
  }
  return picks.filter((p) => p.names.length >= 2)
}
