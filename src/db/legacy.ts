/**
 * The page format of schema versions 2–3 (one row per page: identities and all cells), kept only
 * for the upgrades: v2 packs a v1 database's reports into such pages, v4 reads them back and
 * splits each into a summary and a body (pages.ts).
 */
import { formatLayout } from '../domain/record'
import type { StoredRecord } from './record'

/** A record without its cells (the page holds them). */
export type LegacyPageEntry = Omit<StoredRecord, 'cells'>

export interface LegacyPage {
  id?: number
  reports: LegacyPageEntry[]
  /** The cells of every report in order, each `formatLayout(template).numeric.length` long. */
  cells: Float64Array
}

const LEGACY_PAGE_SIZE = 1000

export function packLegacyPages(records: readonly StoredRecord[]): LegacyPage[] {
  const pages: LegacyPage[] = []
  for (let start = 0; start < records.length; start += LEGACY_PAGE_SIZE) {
    const slice = records.slice(start, start + LEGACY_PAGE_SIZE)
    const cells = new Float64Array(slice.reduce((n, r) => n + r.cells.length, 0))
    const reports: LegacyPageEntry[] = []
    let at = 0
    for (const r of slice) {
      cells.set(r.cells, at)
      at += r.cells.length
      const { cells: _cells, ...entry } = r
      reports.push(entry)
    }
    pages.push({ reports, cells })
  }
  return pages
}

export function unpackLegacyPage(page: LegacyPage): StoredRecord[] {
  const out: StoredRecord[] = []
  let at = 0
  for (const entry of page.reports) {
    const n = formatLayout(entry.template).numeric.length
    if (at + n > page.cells.length) throw new Error(`内部错误：存储页 ${page.id ?? ''} 的单元格不足`)
    out.push({ ...entry, cells: page.cells.subarray(at, at + n) })
    at += n
  }
  if (at !== page.cells.length) throw new Error(`内部错误：存储页 ${page.id ?? ''} 的单元格数与报告不符`)
  return out
}
