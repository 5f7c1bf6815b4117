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

type Described = Pick<Report, (typeof IDENTITY)[number] | 'narrative' | 'sections'>

/** The identity fields that differ, first in the list of changes (stored records diff the same way). */
export function identityChanges(before: Described, after: Described): CellChange[] {
  const changes: CellChange[] = []
  for (const k of IDENTITY) {
    if ((before[k] ?? null) !== (after[k] ?? null))
      changes.push({ path: k, before: before[k] ?? null, after: after[k] ?? null })
  }
  return changes
}

/** A changed narrative (or parts of the document), last in the list (its text is not shown, only that it changed). */
export function narrativeChange(before: Described, after: Described): CellChange[] {
  const text = (r: Described) => JSON.stringify([r.narrative ?? {}, r.sections ?? null])
  return text(before) === text(after) ? [] : [{ path: 'narrative', before: null, after: null }]
}

export function diffReports(before: Report, after: Report): CellChange[] {
  const changes = identityChanges(before, after)
  for (const cell of CELLS) {
    const a = getCell(before, cell) ?? null
    const b = getCell(after, cell) ?? null
    if (a !== b) changes.push({ path: cell.path, before: a, after: b })
  }
  changes.push(...narrativeChange(before, after))
  return changes
}
