/**
 * Writing imported reports: planning (what is new, replaced, unchanged), committing one file per
 * transaction, and undoing a batch exactly.
 */
import type { CellChange } from '../domain/diff'
import { reportKey, reportKeyParts } from '../domain/report'
import { diffRecords } from '../domain/diff'
import type { ReportRecord } from '../domain/record'
import type { Said } from '../i18n/said'
import { storedRecord, storedRecordOf, storedReportOf } from './record'
import {
  changeRecords,
  DuplicateReportError,
  locatorNow,
  readRecords,
  recordTables,
  type KeyLocator,
  type PageChange,
} from './pages'
import type { BatchFile, BoardDatabase, ImportBatch, OfficeRecord, StoredRecord } from './schema'
import { describeStorageError } from './storage'

export type PlanStatus = 'new' | 'replace' | 'unchanged'

export interface PlannedReport {
  /** What will be stored (under the office's current name; a narrative already stored kept). */
  record: ReportRecord
  status: PlanStatus
  /** For `replace`: the cells that differ from the stored version. */
  changes: CellChange[]
}

export interface PlannedFile {
  name: string
  sha256: string
  size: number
  format: string
  reports: PlannedReport[]
  /** The same bytes were imported before (batch id), and not undone. */
  importedBefore?: number
}

/** Apply the office registry's merges: a report under an alias is stored under the office's current name. */
export function canonicalOfficeName(name: string, aliasIndex: ReadonlyMap<string, string>): string {
  return aliasIndex.get(name) ?? name
}

/** Alias → the office's current name, from the registry's rows. */
export function aliasIndexOf(offices: readonly Pick<OfficeRecord, 'name' | 'aliases'>[]): Map<string, string> {
  const index = new Map<string, string>()
  for (const o of offices) for (const a of o.aliases) index.set(a, o.name)
  return index
}

export async function aliasIndex(db: BoardDatabase): Promise<Map<string, string>> {
  return aliasIndexOf(await db.offices.toArray())
}

/** Compare a file's reports (as records) with what is stored. `existing` maps reportKey → stored record. */
export function planFile(
  file: Omit<PlannedFile, 'reports'>,
  records: readonly ReportRecord[],
  existing: ReadonlyMap<string, ReportRecord>,
  aliases: ReadonlyMap<string, string> = new Map(),
): PlannedFile {
  const planned = records.map((r): PlannedReport => {
    const office = canonicalOfficeName(r.office, aliases)
    const record = office === r.office ? r : { ...r, office }
    const before = existing.get(reportKey(record))
    if (!before) return { record, status: 'new', changes: [] }
    // CSV carries no narrative: a corrected table must not erase the text already stored (nor
    // what is known of the document's parts, which goes with the text).
    let kept = record
    if (!record.narrative && !record.sections) {
      if (before.narrative) kept = { ...kept, narrative: before.narrative }
      if (before.sections) kept = { ...kept, sections: before.sections }
    }
    const changes = diffRecords(before, kept)
    return { record: kept, status: changes.length ? 'replace' : 'unchanged', changes }
  })
  return { ...file, reports: planned }
}

/** What is stored, by report key: every report read (tests and small boards; the app reads only the keys a file holds). */
export async function storedRecordsByKey(db: BoardDatabase): Promise<Map<string, StoredRecord>> {
  return new Map((await readRecords(db)).map((r) => [reportKey(r), r]))
}

/**
 * A plan made at the preview, brought up to date with the reports written since by earlier files
 * of the same import (`known`, by key): their keys are planned again against those versions; the
 * others keep the preview's plan (the transaction still refuses a new report that another tab
 * stored meanwhile).
 */
export function replan(plan: PlannedFile, known: ReadonlyMap<string, ReportRecord>): PlannedFile {
  if (!known.size || !plan.reports.some((p) => known.has(reportKey(p.record)))) return plan
  const again = planFile(
    plan,
    plan.reports.map((p) => p.record),
    known,
  )
  return { ...plan, reports: plan.reports.map((p, i) => (known.has(reportKey(p.record)) ? again.reports[i] : p)) }
}

export async function startBatch(
  db: BoardDatabase,
  kind: ImportBatch['kind'],
  extra: Partial<ImportBatch> = {},
): Promise<number> {
  return db.batches.add({
    createdAt: new Date().toISOString(),
    kind,
    files: [],
    added: [],
    replaced: [],
    ...extra,
  }) as Promise<number>
}

export interface CommittedFile {
  file: BatchFile
  /** What changed in the pages (the data store patches its columns with it). */
  change: PageChange
}

/**
 * Write one file's reports in one transaction: either all of them and the batch's record of them,
 * or — on any failure — nothing. Reports that are unchanged are not rewritten. `locator`: where
 * stored reports are, if the caller knows (see pages.ts changeRecords).
 */
export async function commitFile(
  db: BoardDatabase,
  batchId: number,
  file: PlannedFile,
  locator?: KeyLocator,
): Promise<CommittedFile> {
  // The office registry is not written: it holds only what the user said about offices (offices.ts).
  return db.transaction('rw', [...recordTables(db), db.batches], async () => {
    const batch = await db.batches.get(batchId)
    if (!batch || batch.undone) throw new Error(`导入批次 ${batchId} 不存在或已撤销`)
    const toWrite = file.reports.filter((p) => p.status !== 'unchanged')
    // Replacements keep their previous version for undo; new reports are added, which fails —
    // and rolls the file back — if another tab stored the same (office, year) since the preview.
    const replacing = toWrite.filter((p) => p.status === 'replace')
    const adding = toWrite.filter((p) => p.status === 'new')
    const stored = (p: PlannedReport) => storedRecord(p.record, batchId, file.name)
    let change: PageChange
    try {
      change = await changeRecords(db, { put: replacing.map(stored), add: adding.map(stored) }, locator)
    } catch (e) {
      if (e instanceof DuplicateReportError) {
        throw new Error(`“${file.name}”中的部分报告在预览之后已被另一个窗口写入，本文件未导入，请重新导入`)
      }
      throw e
    }
    let added = 0
    let replaced = 0
    for (const p of replacing) {
      const before = change.previous.get(reportKey(p.record))
      if (before && before.batchId === batchId) {
        // Written earlier in this same batch (two files with one report): undo removes it anyway.
        replaced++
      } else if (before) {
        batch.replaced.push(storedReportOf(before))
        replaced++
      } else {
        batch.added.push(reportKey(p.record))
        added++
      }
    }
    for (const p of adding) batch.added.push(reportKey(p.record))
    added += adding.length
    const record: BatchFile = {
      name: file.name,
      sha256: file.sha256,
      size: file.size,
      format: file.format,
      added,
      replaced,
      unchanged: file.reports.length - toWrite.length,
    }
    batch.files.push(record)
    await db.batches.put(batch)
    return { file: record, change }
  })
}

export interface CommittedBatch {
  /** The batch the files went into (dropped again when none of them was written). */
  batchId: number | null
  added: number
  replaced: number
  /** Files that were not written, each with the reason as the user reads it. */
  failed: { name: string; error: string }[]
  /** The whole import was refused before anything was written (db/capacity.ts), and why. */
  refused?: Said
}

export interface CommitBase {
  /** Where stored reports are now (the data store's columns), or undefined: read them. */
  locator?: () => KeyLocator | undefined
  /** Called after each file is written (the data store patches its columns, so `locator` follows). */
  onWritten?: (change: PageChange) => void
}

/**
 * Commit planned files as one batch, one transaction per file (a file is all or nothing). Each file
 * is planned again just before it is written against the files committed before it (`replan`);
 * a report another tab stored since the preview makes its file fail whole. A batch none of whose
 * files was written is dropped, so the import history shows only what happened.
 */
export async function commitBatch(
  db: BoardDatabase,
  kind: ImportBatch['kind'],
  files: readonly PlannedFile[],
  base: CommitBase = {},
): Promise<CommittedBatch> {
  const result: CommittedBatch = { batchId: null, added: 0, replaced: 0, failed: [] }
  if (!files.length) return result
  const known = new Map<string, ReportRecord>()
  const batchId = (result.batchId = await startBatch(db, kind))
  for (const [i, file] of files.entries()) {
    const plan = replan(file, known)
    try {
      const { file: written, change } = await commitFile(db, batchId, plan, base.locator?.())
      result.added += written.added
      result.replaced += written.replaced
      // What later files of this import are planned again against (none after the last one).
      if (i < files.length - 1) for (const p of plan.reports) known.set(reportKey(p.record), p.record)
      base.onWritten?.(change)
    } catch (e) {
      result.failed.push({ name: file.name, error: describeStorageError(e) })
    }
  }
  const batch = await db.batches.get(batchId)
  if (batch && batch.files.length === 0) await db.batches.delete(batchId)
  return result
}

/** Batches whose later changes stand on this one: undoing it first would lose their data. */
async function laterBatchesTouching(db: BoardDatabase, batch: ImportBatch): Promise<number[]> {
  const keys = new Set([...batch.added, ...batch.replaced.map((r) => reportKey(r))])
  const later = await db.batches.where('id').above(batch.id!).toArray()
  return later
    .filter((b) => !b.undone && (b.added.some((k) => keys.has(k)) || b.replaced.some((r) => keys.has(reportKey(r)))))
    .map((b) => b.id!)
}

/** Undo a batch: remove what it added and put back exactly what it replaced. */
export async function undoBatch(db: BoardDatabase, batchId: number, locator?: KeyLocator): Promise<PageChange> {
  return db.transaction('rw', [...recordTables(db), db.batches, db.offices], async () => {
    const batch = await db.batches.get(batchId)
    if (!batch) throw new Error(`导入批次 ${batchId} 不存在`)
    if (batch.undone) throw new Error(`导入批次 ${batchId} 已经撤销过了`)
    if (batch.kind === 'published') throw new Error('发布的数据为只读，不能撤销')
    const blockers = await laterBatchesTouching(db, batch)
    if (blockers.length)
      throw new Error(`请先撤销之后修改过同一批报告的导入批次：${blockers.map((b) => `#${b}`).join('、')}`)
    const addedKeys = batch.added.map(reportKeyParts)
    const loc = await locatorNow(db, locator)
    const putBack = batch.replaced.map(storedRecordOf)
    const change = await changeRecords(db, { remove: addedKeys, put: putBack }, loc)
    // Batches written before the registry held only the user's word created its rows: an office
    // such a batch created goes again unless it keeps a report the batch did not add.
    const removed = new Set(batch.added)
    const keeps = (name: string) =>
      putBack.some((r) => r.office === name) ||
      loc.yearsOf(name).some((y) => !removed.has(reportKey({ office: name, year: y })))
    for (const { name, before } of [...(batch.officesBefore ?? [])].reverse()) {
      if (before) await db.offices.put(before)
      else if (!keeps(name)) await db.offices.delete(name)
    }
    batch.undone = true
    await db.batches.put(batch)
    return change
  })
}

/** The newest batch (not undone) that imported exactly these bytes. */
export async function findImportedFile(db: BoardDatabase, sha256: string): Promise<number | undefined> {
  const batches = await db.batches.orderBy('id').reverse().toArray()
  return batches.find((b) => !b.undone && b.files.some((f) => f.sha256 === sha256))?.id
}

/** The import history, newest batch first. */
export function readBatches(db: BoardDatabase): Promise<ImportBatch[]> {
  return db.batches.orderBy('id').reverse().toArray()
}
