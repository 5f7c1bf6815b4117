/**
 * The page format of schema versions 2–3 (one row per page: identities and all cells), kept only
 * for the upgrades: v2 packs a v1 database's reports into such pages, v4 reads them back and
 * splits each into a summary and a body (pages.ts).
 */
import { packRecords, unpackRecords } from '../domain/record'
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
    const { entries, cells } = packRecords(records.slice(start, start + LEGACY_PAGE_SIZE))
    pages.push({ reports: entries, cells })
  }
  return pages
}

export function unpackLegacyPage(page: LegacyPage): StoredRecord[] {
  return unpackRecords<StoredRecord>({ entries: page.reports, cells: page.cells }, `存储页 ${page.id ?? ''} `)
}
