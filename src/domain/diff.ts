/**
 * What differs between two versions of one report: shown in the import preview, and used to tell
 * a re-import that changes nothing from one that replaces data.
 */
import { CELLS, getCell } from './cells'
import type { Report } from './types'

export interface CellChange {
  path: string
  before: number | string | null
  after: number | string | null
}

const IDENTITY = ['region', 'officeKind', 'template', 'publishedAt'] as const

export function diffReports(before: Report, after: Report): CellChange[] {
  const changes: CellChange[] = []
  for (const k of IDENTITY) {
    if ((before[k] ?? null) !== (after[k] ?? null)) changes.push({ path: k, before: before[k] ?? null, after: after[k] ?? null })
  }
  for (const cell of CELLS) {
    const a = getCell(before, cell) ?? null
    const b = getCell(after, cell) ?? null
    if (a !== b) changes.push({ path: cell.path, before: a, after: b })
  }
  const na = JSON.stringify(before.narrative ?? {})
  const nb = JSON.stringify(after.narrative ?? {})
  if (na !== nb) changes.push({ path: 'narrative', before: null, after: null })
  return changes
}
