/**
 * What differs between two versions of one report: shown in the import preview, and used to tell
 * a re-import that changes nothing from one that replaces data.
 */
import { CELLS } from './cells'
import { cellValue, type ReportRecord } from './record'

export interface CellChange {
  path: string
  before: number | string | null
  after: number | string | null
}

const IDENTITY = ['region', 'officeKind', 'template', 'publishedAt'] as const

/**
 * The changes from `before` to `after`: identity fields first, then every cell of either format
 * in CELLS order (a cell one format lacks reads as blank), then the narrative or the document's
 * parts (`narrative`: its text is not shown, only that it changed).
 */
export function diffRecords(before: ReportRecord, after: ReportRecord): CellChange[] {
  const changes: CellChange[] = []
  for (const k of IDENTITY) {
    if ((before[k] ?? null) !== (after[k] ?? null))
      changes.push({ path: k, before: before[k] ?? null, after: after[k] ?? null })
  }
  for (const cell of CELLS) {
    const a = cellValue(before, cell)
    const b = cellValue(after, cell)
    if (a !== b) changes.push({ path: cell.path, before: a, after: b })
  }
  const text = (r: ReportRecord) => JSON.stringify([r.narrative ?? {}, r.sections ?? null])
  if (text(before) !== text(after)) changes.push({ path: 'narrative', before: null, after: null })
  return changes
}
