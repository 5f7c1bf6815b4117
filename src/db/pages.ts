/**
 * Reports are stored in pages of up to PAGE_SIZE: one IndexedDB row holds the identities of its
 * reports and all their cells in one Float64Array. IndexedDB's cost is mostly per row, not per
 * byte (measured in Chromium here: writing 20,000 small rows 2.6 s, the same reports as 20 pages
 * 0.24 s; reading them back 1.1 s against 0.2 s), and the board always loads every report anyway.
 *
 * Every change runs inside the caller's read-write transaction: read the pages, change the
 * reports in memory, write back only the pages that changed (new reports go to new pages), so a
 * change is all or nothing like any other IndexedDB write. Small pages left by small imports are
 * merged once there are several of them, so the number of rows stays about total / PAGE_SIZE.
 */
import { reportKey } from '../domain/report'
import { formatLayout } from '../domain/record'
import type { StoredRecord } from './record'
import type { BoardDatabase } from './schema'

export const PAGE_SIZE = 1000
/** More small pages than this and they are merged into full ones. */
const MAX_SMALL_PAGES = 8

/** A record without its cells (the page holds them). */
export type PageEntry = Omit<StoredRecord, 'cells'>

export interface ReportPage {
  id?: number
  reports: PageEntry[]
  /** The cells of every report in order, each `formatLayout(template).numeric.length` long. */
  cells: Float64Array
}

type Key = [string, number]

/** A report with this key already exists (another tab stored it since the preview). */
export class DuplicateReportError extends Error {
  constructor(readonly key: string) {
    super(`报告已存在：${key.replace('\u0000', ' ')}`)
    this.name = 'DuplicateReportError'
  }
}

function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item) // not push(...items): 100,000 arguments overflow the stack
}

/** Pack records into pages of PAGE_SIZE (cells copied into one array per page). */
export function packPages(records: readonly StoredRecord[], size = PAGE_SIZE): ReportPage[] {
  const pages: ReportPage[] = []
  for (let start = 0; start < records.length; start += size) pages.push(packPage(records.slice(start, start + size)))
  return pages
}

function packPage(records: readonly StoredRecord[], id?: number): ReportPage {
  let length = 0
  for (const r of records) length += r.cells.length
  const cells = new Float64Array(length)
  const reports: PageEntry[] = []
  let at = 0
  for (const r of records) {
    cells.set(r.cells, at)
    at += r.cells.length
    const { cells: _cells, ...entry } = r
    reports.push(entry)
  }
  return id === undefined ? { reports, cells } : { id, reports, cells }
}

/** The records of a page; their cells are views into the page's array (no copy). */
export function unpackPage(page: ReportPage): StoredRecord[] {
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

/** Every stored report as a record. */
export async function readRecords(db: BoardDatabase): Promise<StoredRecord[]> {
  return recordsOfPages(await db.pages.toArray())
}

export function recordsOfPages(pages: readonly ReportPage[]): StoredRecord[] {
  const out: StoredRecord[] = []
  for (const page of pages) for (const r of unpackPage(page)) out.push(r)
  return out
}

/** The stored records of these keys (undefined where none). */
export async function getRecords(db: BoardDatabase, keys: readonly Key[]): Promise<(StoredRecord | undefined)[]> {
  const byKey = new Map((await readRecords(db)).map((r) => [reportKey(r), r]))
  return keys.map(([office, year]) => byKey.get(reportKey({ office, year })))
}

/** The stored reports of one office, all years. */
export async function recordsOfOffice(db: BoardDatabase, office: string): Promise<StoredRecord[]> {
  return (await readRecords(db)).filter((r) => r.office === office)
}

export interface RecordChanges {
  /** Stored (replacing a report with the same key, if any). */
  put?: readonly StoredRecord[]
  /** Stored; a report with the same key already stored is a DuplicateReportError (nothing is written). */
  add?: readonly StoredRecord[]
  /** Removed when present. */
  remove?: readonly Key[]
}

/**
 * Apply changes to the stored reports. Must run inside a read-write transaction on `db.pages`
 * (the caller's), so a failure anywhere leaves every page as it was. Returns the versions that
 * were stored before under the keys put or removed (by report key): what undo needs to keep.
 */
export async function changeRecords(db: BoardDatabase, changes: RecordChanges): Promise<Map<string, StoredRecord>> {
  const pages = await db.pages.toArray()
  const where = new Map<string, number>() // report key → page index
  pages.forEach((p, i) => {
    for (const r of p.reports) where.set(reportKey(r), i)
  })
  const gone = new Map<number, Set<string>>() // page index → keys leaving it
  const leave = (key: string) => {
    const i = where.get(key)
    if (i === undefined) return
    let set = gone.get(i)
    if (!set) gone.set(i, (set = new Set()))
    set.add(key)
  }
  for (const [office, year] of changes.remove ?? []) leave(reportKey({ office, year }))
  for (const r of changes.add ?? [])
    if (where.has(reportKey(r)) && !gone.get(where.get(reportKey(r))!)?.has(reportKey(r)))
      throw new DuplicateReportError(reportKey(r))
  for (const r of changes.put ?? []) leave(reportKey(r))

  // The newest version of each key wins (a file may hold a report twice only when identical).
  const incoming = new Map<string, StoredRecord>()
  for (const r of [...(changes.put ?? []), ...(changes.add ?? [])]) incoming.set(reportKey(r), r)

  const previous = new Map<string, StoredRecord>()
  const kept: { index: number; records: StoredRecord[] }[] = []
  for (const [index, keys] of gone) {
    const records: StoredRecord[] = []
    for (const r of unpackPage(pages[index])) {
      const key = reportKey(r)
      if (keys.has(key)) previous.set(key, r)
      else records.push(r)
    }
    kept.push({ index, records })
  }
  const changedPages = new Set(gone.keys())
  // Small pages (left by small imports or by removals) are merged with the new reports.
  const small = pages
    .map((p, i) => ({ i, n: changedPages.has(i) ? kept.find((k) => k.index === i)!.records.length : p.reports.length }))
    .filter((p) => p.n < PAGE_SIZE / 2)
  const merge = new Set<number>()
  if (small.length > MAX_SMALL_PAGES) for (const p of small) merge.add(p.i)

  const fresh: StoredRecord[] = []
  for (const { index, records } of kept) {
    if (merge.has(index)) append(fresh, records)
    else if (records.length === 0) await db.pages.delete(pages[index].id!)
    else await db.pages.put(packPage(records, pages[index].id))
  }
  for (const index of merge) {
    if (changedPages.has(index)) {
      await db.pages.delete(pages[index].id!)
      continue
    }
    append(fresh, unpackPage(pages[index]))
    await db.pages.delete(pages[index].id!)
  }
  append(fresh, incoming.values())
  if (fresh.length) await db.pages.bulkAdd(packPages(fresh))
  return previous
}
