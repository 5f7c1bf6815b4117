/**
 * The IndexedDB schema. src/db is the only code that knows IndexedDB.
 *
 * Version history (never edit an old version; add a new one with an upgrade):
 *  1 — reports keyed by [office+year], offices, import batches, meta.
 *  2 — reports stored in pages (pages.ts: up to 1,000 reports per row, their numeric cells in
 *      one Float64Array): IndexedDB's cost is per row, and the board always loads every report.
 *      The upgrade moves every v1 report into pages. Batches still keep replaced reports nested.
 *  3 — the v1 `reports` table is dropped (after v2's upgrade has copied it).
 *  4 — each page is split into a summary row (what the views read, kept in memory) and a body row
 *      (cells, texts, narrative: read on demand), plus one directory row (generation, page sizes);
 *      see pages.ts. At 500,000 reports the cells alone are 824 MB: the board can no longer hold
 *      them all. The upgrade splits every v3 page. A `checks` row keeps the last result of the checks
 *      worker with the generation it is of, so opening an unchanged board shows the findings at once.
 *  5 — the v3 `pages` table is dropped (after v4's upgrade has split it).
 */
import Dexie, { type EntityTable } from 'dexie'
import type { OfficeKind } from '../domain/model'
import { packLegacyPages, unpackLegacyPage, type LegacyPage } from './legacy'
import { packNewPages, type Directory, type PageBody, type PageSummary } from './pages'
import type { CachedChecks } from './checksCache'
import { isNestedReport, storedRecordOf, type StoredRecord, type StoredReport } from './record'

export type { StoredRecord, StoredReport } from './record'

/**
 * What the user said about an office (since schema v4 a row exists only then: a region or kind
 * edited, a merge, a dissolution; what the reports say — the newest report's region and kind — is
 * read from the reports). Boards saved earlier also hold a row per office imported.
 */
export interface OfficeRecord {
  /** The current (canonical) name. */
  name: string
  region: string | null
  officeKind: OfficeKind
  /** Other names the office published under (renamed between years); merged into `name`. */
  aliases: string[]
  /** First year the office no longer exists (exempt from missing-report from then on). */
  dissolvedFrom?: number | null
  /** Set by the user; imported values no longer overwrite region/kind. */
  edited?: boolean
}

export interface BatchFile {
  name: string
  sha256: string
  size: number
  format: string
  added: number
  replaced: number
  unchanged: number
}

export interface ImportBatch {
  id?: number
  createdAt: string
  /** 'import' by the user, 'published' from data/manifest.json (read-only), 'demo', 'restore'. */
  kind: 'import' | 'published' | 'demo' | 'restore'
  files: BatchFile[]
  /** Keys `office\u0000year` of reports this batch added (did not exist before). */
  added: string[]
  /** The previous versions of reports this batch replaced, kept so undo restores them exactly. */
  replaced: StoredReport[]
  /** Office records as they were before this batch created or changed them (null: created); only batches written before schema v4 have them. */
  officesBefore?: { name: string; before: OfficeRecord | null }[]
  undone?: boolean
  /** For published batches: the manifest's fingerprint. */
  manifestHash?: string
}

export interface MetaRecord {
  key: string
  value: unknown
}

export class BoardDatabase extends Dexie {
  summaries!: EntityTable<PageSummary, 'id'>
  bodies!: EntityTable<PageBody, 'id'>
  directory!: EntityTable<Directory, 'id'>
  checks!: EntityTable<CachedChecks, 'id'>
  offices!: EntityTable<OfficeRecord, 'name'>
  batches!: EntityTable<ImportBatch, 'id'>
  meta!: EntityTable<MetaRecord, 'key'>

  constructor(name: string) {
    // Immutable cache: live queries hand out frozen results instead of deep-copying 20,000
    // reports on every change (nothing in the app mutates query results).
    super(name, { cache: 'immutable' })
    this.version(1).stores({
      reports: '[office+year], office, year, region, batchId',
      offices: 'name, region, *aliases',
      batches: '++id, createdAt, kind',
      meta: 'key',
    })
    this.version(2)
      .stores({ pages: '++id' })
      .upgrade(async (tx) => {
        const rows: unknown[] = await tx.table('reports').toArray()
        const records: StoredRecord[] = rows.filter(isNestedReport).map(storedRecordOf)
        await tx.table('pages').bulkAdd(packLegacyPages(records))
      })
    this.version(3).stores({ reports: null })
    this.version(4)
      .stores({ summaries: 'id', bodies: 'id', directory: 'id', checks: 'id' })
      .upgrade(async (tx) => {
        const dir: Directory = { id: 1, generation: 1, nextPage: 1, pages: [] }
        const records: StoredRecord[] = []
        await tx
          .table('pages')
          .toCollection()
          .each((page: LegacyPage) => void records.push(...unpackLegacyPage(page)))
        const { summaries, bodies } = packNewPages(dir, records)
        if (summaries.length) {
          await tx.table('summaries').bulkAdd(summaries)
          await tx.table('bodies').bulkAdd(bodies)
        }
        await tx.table('directory').put(dir)
      })
    this.version(5).stores({ pages: null })
  }
}

/**
 * One database per deployment path, so two boards hosted on one origin (e.g. /tools/board/ and
 * /tools/board-test/) never share data.
 */
export function databaseNameFor(pathname: string): string {
  const dir = pathname.replace(/[^/]*$/, '') || '/'
  return `disclosure-board:${dir}`
}
