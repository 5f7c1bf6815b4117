/**
 * Reports are stored in pages of up to PAGE_SIZE, each page as two rows with the same id:
 * - its **summary** (`summaries`, domain/summary.ts): identities and the numbers the views sum,
 *   dictionary-encoded and Int32 — about 160 bytes a report, read in full when the board opens;
 * - its **body** (`bodies`): every report's cells in one Float64Array and whatever else a record
 *   holds (texts, narrative, …) — read only for the pages whose reports are wanted (one office's
 *   page, an export, the reports an import replaces, the checks).
 * IndexedDB's cost is mostly per row, not per byte (measured in Chromium here: writing 20,000
 * small rows 2.6 s, the same reports as 20 pages 0.24 s), so a page is the unit of every read and
 * write. Cells and texts share one row because every reader of the one wants the other.
 *
 * One **directory** row holds a generation number (every change adds one: the data store and
 * other tabs watch it), the next page id and each page's size, so a change can merge small pages
 * without reading them. A change runs inside the caller's read-write transaction: it finds the
 * pages holding the keys it touches — from the caller's KeyLocator when that describes the current
 * generation, else by reading every summary (another tab wrote meanwhile) — reads and rewrites
 * only those, adds new reports as new pages, and is all or nothing like any IndexedDB write.
 */
import { reportKey } from '../domain/report'
import { unpackRecords } from '../domain/record'
import { BLANK, summarize, summaryEntry, type RecordSummary } from '../domain/summary'
import type { StoredRecord } from './record'
import type { BoardDatabase } from './schema'

export const PAGE_SIZE = 1000
/** More small pages than this and they are merged into full ones. */
const MAX_SMALL_PAGES = 8

/** A page's summary row (the resident part). */
export interface PageSummary extends RecordSummary {
  id: number
}

/** A page's body row: the cells of every report in order, and each report's other fields. */
export interface PageBody {
  id: number
  /**
   * Each report's cells in turn, `formatLayout(template).numeric.length` long, as Int32 with BLANK
   * for a blank: half the bytes of Float64 to write and read. A cell that does not fit (a decimal
   * amount in 万元, a count beyond 2³¹) is BLANK here and kept in `exceptions`.
   */
  cells: Int32Array
  /** Positions in `cells` and their exact values, for the cells Int32 cannot hold. */
  exceptions?: { at: Int32Array; values: Float64Array }
  /** Per report: its fields besides identity, provenance and cells (texts, narrative, …), or null. */
  extras: (Record<string, unknown> | null)[]
}

export interface Directory {
  id: 1
  /** Added to by every change of the stored reports. */
  generation: number
  nextPage: number
  /** Every page and its number of reports, ascending by id. */
  pages: { id: number; n: number }[]
}

const EMPTY_DIRECTORY: Directory = { id: 1, generation: 0, nextPage: 1, pages: [] }

/** Where stored reports are, as of one generation (the data store keeps one over its columns). */
export interface KeyLocator {
  generation: number
  /** Id of the page holding (office, year), if stored. */
  pageOf(office: string, year: number): number | undefined
  /** The years stored for an office. */
  yearsOf(office: string): number[]
}

/** A report with this key already exists (another tab stored it since the preview). */
export class DuplicateReportError extends Error {
  constructor(readonly key: string) {
    super(`报告已存在：${key.replace('\u0000', ' ')}`)
    this.name = 'DuplicateReportError'
  }
}

/** The tables a change of stored reports writes: a transaction changing reports must include them. */
export const recordTables = (db: BoardDatabase) => [db.summaries, db.bodies, db.directory]

export async function readDirectory(db: BoardDatabase): Promise<Directory> {
  return (await db.directory.get(1)) ?? EMPTY_DIRECTORY
}

const IDENTITY = new Set(['office', 'year', 'region', 'officeKind', 'template', 'publishedAt', 'batchId', 'sourceFile'])

/** A page's two rows from its records (cells copied into one array). */
export function packPage(records: readonly StoredRecord[], id: number): { summary: PageSummary; body: PageBody } {
  let length = 0
  for (const r of records) length += r.cells.length
  const cells = new Int32Array(length)
  const at: number[] = []
  const values: number[] = []
  const extras: PageBody['extras'] = []
  let j = 0
  for (const r of records) {
    const c = r.cells
    for (let i = 0; i < c.length; i++, j++) {
      const v = c[i]
      if (v !== v) cells[j] = BLANK
      else if ((v | 0) === v && v !== BLANK && (v !== 0 || 1 / v > 0)) cells[j] = v
      else {
        cells[j] = BLANK
        at.push(j)
        values.push(v)
      }
    }
    let extra: Record<string, unknown> | null = null
    for (const k in r) {
      const v = (r as unknown as Record<string, unknown>)[k]
      if (k === 'cells' || IDENTITY.has(k) || v === undefined) continue
      ;(extra ??= {})[k] = v
    }
    extras.push(extra)
  }
  const body: PageBody = { id, cells, extras }
  if (at.length) body.exceptions = { at: Int32Array.from(at), values: Float64Array.from(values) }
  return { summary: { id, ...summarize(records) }, body }
}

/** A body's cells as Float64 (NaN = blank), the exceptions put back. */
function bodyCells(body: PageBody): Float64Array {
  const { cells, exceptions } = body
  const out = new Float64Array(cells.length)
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]
    out[i] = v === BLANK ? NaN : v
  }
  if (exceptions) for (let k = 0; k < exceptions.at.length; k++) out[exceptions.at[k]] = exceptions.values[k]
  return out
}

/** The records of a page; their cells are views into the body's array (no copy). */
export function unpackPage(summary: RecordSummary & { id?: number }, body: PageBody): StoredRecord[] {
  if (body.extras.length !== summary.n) throw new Error(`内部错误：存储页 ${body.id} 的单元格数与报告不符`)
  const entries: Omit<StoredRecord, 'cells'>[] = []
  for (let i = 0; i < summary.n; i++) entries.push({ ...summaryEntry(summary, i), ...body.extras[i] })
  return unpackRecords<StoredRecord>({ entries, cells: bodyCells(body) }, `存储页 ${body.id} `)
}

function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item) // not push(...items): 100,000 arguments overflow the stack
}

/** Write records as new pages of PAGE_SIZE; returns their summaries and the directory after. */
/**
 * New pages of `records` (at most PAGE_SIZE each), numbered from `dir.nextPage` and listed in
 * `dir` (which is advanced): the rows a caller then writes.
 */
export function packNewPages(
  dir: Directory,
  records: readonly StoredRecord[],
): { summaries: PageSummary[]; bodies: PageBody[] } {
  const summaries: PageSummary[] = []
  const bodies: PageBody[] = []
  for (let start = 0; start < records.length; start += PAGE_SIZE) {
    const page = packPage(records.slice(start, start + PAGE_SIZE), dir.nextPage++)
    summaries.push(page.summary)
    bodies.push(page.body)
    dir.pages.push({ id: page.summary.id, n: page.summary.n })
  }
  return { summaries, bodies }
}

async function writeNewPages(
  db: BoardDatabase,
  dir: Directory,
  records: readonly StoredRecord[],
): Promise<PageSummary[]> {
  const { summaries, bodies } = packNewPages(dir, records)
  if (summaries.length) {
    await db.summaries.bulkAdd(summaries)
    await db.bodies.bulkAdd(bodies)
  }
  return summaries
}

/**
 * Store records as new pages (the caller's read-write transaction on recordTables; no key may be
 * stored already): the write an import of new reports cannot avoid. The bench's page floor times
 * exactly this.
 */
export async function addPages(db: BoardDatabase, records: readonly StoredRecord[]): Promise<void> {
  const dir = structuredClone(await readDirectory(db))
  await writeNewPages(db, dir, records)
  dir.generation++
  await db.directory.put(dir)
}

/** Remove every stored report (the caller's transaction on recordTables); the generation goes on. */
export async function clearRecords(db: BoardDatabase): Promise<void> {
  const dir = await readDirectory(db)
  await Promise.all([db.summaries.clear(), db.bodies.clear()])
  await db.directory.put({ id: 1, generation: dir.generation + 1, nextPage: dir.nextPage, pages: [] })
}

/** How many reports are stored. */
export async function countRecords(db: BoardDatabase): Promise<number> {
  return (await readDirectory(db)).pages.reduce((n, p) => n + p.n, 0)
}

/** The records of these pages (in page order), read together. */
export async function readPages(db: BoardDatabase, ids: readonly number[]): Promise<Map<number, StoredRecord[]>> {
  const out = new Map<number, StoredRecord[]>()
  // Dexie resolves an empty bulkGet without a request, which ends the caller's transaction early.
  if (!ids.length) return out
  const summaries = await db.summaries.bulkGet([...ids])
  const bodies = await db.bodies.bulkGet([...ids])
  ids.forEach((id, i) => {
    const s = summaries[i]
    const b = bodies[i]
    if (!s || !b) throw new Error(`内部错误：存储页 ${id} 不完整`)
    out.set(id, unpackPage(s, b))
  })
  return out
}

/** Every stored report as a record, in storage order (page by page). */
export async function readRecords(db: BoardDatabase): Promise<StoredRecord[]> {
  const out: StoredRecord[] = []
  const summaries = await db.summaries.toArray()
  const bodies = new Map((await db.bodies.toArray()).map((b) => [b.id, b]))
  for (const s of summaries) append(out, unpackPage(s, bodies.get(s.id)!))
  return out
}

/** A locator built by reading every summary (when the caller has none for this generation). */
export async function readLocator(db: BoardDatabase, generation?: number): Promise<KeyLocator> {
  const summaries = await db.summaries.toArray()
  const byOffice = new Map<string, Map<number, number>>()
  for (const s of summaries) {
    for (let i = 0; i < s.n; i++) {
      const office = s.office.table[s.office.index[i]]
      let years = byOffice.get(office)
      if (!years) byOffice.set(office, (years = new Map()))
      years.set(s.year[i], s.id)
    }
  }
  return {
    generation: generation ?? (await readDirectory(db)).generation,
    pageOf: (office, year) => byOffice.get(office)?.get(year),
    yearsOf: (office) => [...(byOffice.get(office)?.keys() ?? [])],
  }
}

/** The locator to use now: the caller's if it describes the current generation. */
async function currentLocator(db: BoardDatabase, dir: Directory, locator?: KeyLocator): Promise<KeyLocator> {
  return locator && locator.generation === dir.generation ? locator : readLocator(db, dir.generation)
}

/** The caller's locator if it is current, else one read from the summaries (inside the caller's transaction). */
export async function locatorNow(db: BoardDatabase, locator?: KeyLocator): Promise<KeyLocator> {
  return currentLocator(db, await readDirectory(db), locator)
}

type Key = [string, number]

/** The stored records of these keys (undefined where none). */
export async function getRecords(
  db: BoardDatabase,
  keys: readonly Key[],
  locator?: KeyLocator,
): Promise<(StoredRecord | undefined)[]> {
  const loc = await locatorNow(db, locator)
  const pageIds = new Set<number>()
  for (const [office, year] of keys) {
    const id = loc.pageOf(office, year)
    if (id !== undefined) pageIds.add(id)
  }
  const byKey = new Map<string, StoredRecord>()
  for (const records of (
    await readPages(
      db,
      [...pageIds].sort((a, b) => a - b),
    )
  ).values())
    for (const r of records) byKey.set(reportKey(r), r)
  return keys.map(([office, year]) => byKey.get(reportKey({ office, year })))
}

/** The stored reports of one office, all years (ascending). */
export async function recordsOfOffice(
  db: BoardDatabase,
  office: string,
  locator?: KeyLocator,
): Promise<StoredRecord[]> {
  const loc = await locatorNow(db, locator)
  const years = loc.yearsOf(office).sort((a, b) => a - b)
  const found = await getRecords(
    db,
    years.map((y) => [office, y] as Key),
    loc,
  )
  return found.filter((r): r is StoredRecord => r !== undefined)
}

export interface RecordChanges {
  /** Stored (replacing a report with the same key, if any). */
  put?: readonly StoredRecord[]
  /** Stored; a report with the same key already stored is a DuplicateReportError (nothing is written). */
  add?: readonly StoredRecord[]
  /** Removed when present. */
  remove?: readonly Key[]
}

/** What a change did, for whoever keeps the summaries in memory. */
export interface PageChange {
  /** The directory's generation after the change. */
  generation: number
  /** Pages deleted or rewritten: their old summaries are gone. */
  removed: number[]
  /** Summaries of the pages written (rewritten ones under their old id, and new ones). */
  written: PageSummary[]
  /** The versions stored before under the keys put or removed (by report key): what undo keeps. */
  previous: Map<string, StoredRecord>
}

/**
 * Apply changes to the stored reports. Must run inside a read-write transaction on recordTables
 * (the caller's), so a failure anywhere leaves every page as it was. `locator` (optional) says
 * where stored reports are; it is used only if it describes the current generation.
 */
export async function changeRecords(
  db: BoardDatabase,
  changes: RecordChanges,
  locator?: KeyLocator,
): Promise<PageChange> {
  const dir = structuredClone(await readDirectory(db))
  const loc = await currentLocator(db, dir, locator)
  const gone = new Map<number, Set<string>>() // page id → keys leaving it
  const leave = (office: string, year: number) => {
    const id = loc.pageOf(office, year)
    if (id === undefined) return
    let set = gone.get(id)
    if (!set) gone.set(id, (set = new Set()))
    set.add(reportKey({ office, year }))
  }
  for (const [office, year] of changes.remove ?? []) leave(office, year)
  for (const r of changes.add ?? []) {
    const id = loc.pageOf(r.office, r.year)
    if (id !== undefined && !gone.get(id)?.has(reportKey(r))) throw new DuplicateReportError(reportKey(r))
  }
  for (const r of changes.put ?? []) leave(r.office, r.year)

  // The newest version of each key wins (a file may hold a report twice only when identical).
  const incoming = new Map<string, StoredRecord>()
  for (const r of [...(changes.put ?? []), ...(changes.add ?? [])]) incoming.set(reportKey(r), r)

  // Small pages (left by small imports or by removals) are merged with the new reports.
  const sizeAfter = (p: { id: number; n: number }) => p.n - (gone.get(p.id)?.size ?? 0)
  const small = dir.pages.filter((p) => sizeAfter(p) < PAGE_SIZE / 2)
  const merge = new Set(small.length > MAX_SMALL_PAGES ? small.map((p) => p.id) : [])
  const touched = [...new Set([...gone.keys(), ...merge])].sort((a, b) => a - b)

  const previous = new Map<string, StoredRecord>()
  const fresh: StoredRecord[] = []
  const written: PageSummary[] = []
  const deleted: number[] = []
  const sizes = new Map(dir.pages.map((p) => [p.id, p.n]))
  for (const [id, records] of await readPages(db, touched)) {
    const keys = gone.get(id)
    const kept: StoredRecord[] = []
    for (const r of records) {
      const key = reportKey(r)
      if (keys?.has(key)) previous.set(key, r)
      else kept.push(r)
    }
    if (merge.has(id)) append(fresh, kept)
    if (merge.has(id) || kept.length === 0) {
      deleted.push(id)
      sizes.delete(id)
      continue
    }
    // kept.length < PAGE_SIZE here: a page only loses reports.
    const page = packPage(kept, id)
    await db.summaries.put(page.summary)
    await db.bodies.put(page.body)
    written.push(page.summary)
    sizes.set(id, kept.length)
  }
  if (deleted.length) {
    await db.summaries.bulkDelete(deleted)
    await db.bodies.bulkDelete(deleted)
  }
  dir.pages = dir.pages.filter((p) => sizes.has(p.id)).map((p) => ({ id: p.id, n: sizes.get(p.id)! }))
  append(fresh, incoming.values())
  append(written, await writeNewPages(db, dir, fresh))
  dir.generation++
  await db.directory.put(dir)
  return { generation: dir.generation, removed: touched, written, previous }
}
