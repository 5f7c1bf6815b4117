/**
 * The floor of an import (issue 7): what any browser app must spend on the same file — PapaParse
 * to arrays, then Dexie bulkPut of the same nested reports (as the issue defines the floor) into a
 * scratch table keyed like the app's ([office+year], no secondary index), 2,000 per transaction. (The app itself
 * stores compact records since schema v2 — that is one of the design changes the floor measures.) Nothing else is timed. The reports come from the demo
 * generator (the same seed the CSV was written from), built before the clock starts, so the floor
 * is the same work the app's import cannot avoid, not the app's parsing into nested reports.
 */
import Papa from 'papaparse'
import Dexie, { type Table } from 'dexie'
import { addPages, countRecords } from '../../../src/db/pages'
import { storedRecord } from '../../../src/db/record'
import { BoardDatabase, type StoredReport } from '../../../src/db/schema'
import { generateProvince } from '../../../src/demo/generate'
import { recordOf } from '../../../src/domain/record'

export interface FloorResult {
  /** File → string (UTF-8 decode). */
  readMs: number
  /** PapaParse to arrays (header: false). */
  parseMs: number
  /** Dexie bulkPut, 2,000 reports per transaction. */
  putMs: number
  rows: number
  stored: number
  /** The page floor (issue 15): PapaParse to arrays again, then the same reports as compact records written as the app's pages. */
  pageParseMs: number
  pageWriteMs: number
  pageStored: number
  pageRows: number
}

const TRANSACTION_SIZE = 2000
const SCRATCH_DB = 'bench-floor-scratch'

/** Nested reports under the app's key, no secondary index: the least any app storing them pays. */
class ScratchDatabase extends Dexie {
  reports!: Table<StoredReport, [string, number]>
  constructor(name: string) {
    super(name, { cache: 'immutable' })
    this.version(1).stores({ reports: '[office+year]' })
  }
}

async function benchFloor(count: number, seed?: number): Promise<FloorResult> {
  const input = document.querySelector<HTMLInputElement>('[data-testid="floor-file"]')
  const file = input?.files?.[0]
  if (!file) throw new Error('floor page: no file was set on the file input')
  const reports: StoredReport[] = generateProvince(count, seed).map((r) => ({
    ...r,
    batchId: 1,
    sourceFile: file.name,
  }))
  await new ScratchDatabase(SCRATCH_DB).delete()
  const db = new ScratchDatabase(SCRATCH_DB)
  await db.open()

  const t0 = performance.now()
  const text = await file.text()
  const t1 = performance.now()
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true })
  const t2 = performance.now()
  for (let i = 0; i < reports.length; i += TRANSACTION_SIZE) {
    const chunk = reports.slice(i, i + TRANSACTION_SIZE)
    await db.transaction('rw', db.reports, () => db.reports.bulkPut(chunk))
  }
  const t3 = performance.now()

  const stored = await db.reports.count()
  await db.delete()
  const pages = await pageFloor(file, reports)
  return { readMs: t1 - t0, parseMs: t2 - t1, putMs: t3 - t2, rows: parsed.data.length, stored, ...pages }
}

/**
 * Parsing plus writing the same reports as the app stores them: compact records (built before the
 * clock starts) packed into pages and added in one transaction, into a scratch database with the
 * app's schema. Whatever the app adds above this is its own work.
 */
async function pageFloor(file: File, reports: readonly StoredReport[]) {
  const records = reports.map((r) => storedRecord(recordOf(r), r.batchId, r.sourceFile))
  const scratch = new BoardDatabase(`${SCRATCH_DB}-pages`)
  await scratch.delete()
  await scratch.open()
  const t0 = performance.now()
  const parsed = Papa.parse<string[]>(await file.text(), { header: false, skipEmptyLines: true })
  const t1 = performance.now()
  await scratch.transaction('rw', scratch.tables, async () => addPages(scratch, records))
  const t2 = performance.now()
  const pageStored = await countRecords(scratch)
  await scratch.delete()
  return { pageParseMs: t1 - t0, pageWriteMs: t2 - t1, pageStored, pageRows: parsed.data.length }
}

declare global {
  interface Window {
    benchFloor: typeof benchFloor
  }
}
window.benchFloor = benchFloor
