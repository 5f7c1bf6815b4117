/**
 * Every check over everything stored, read page by page — the board cannot hold 500,000 reports'
 * cells at once, and need not: the single-report rules read one report, the year-on-year rules
 * (carry-chain, in-force-chain, the anomalies) read an office's report and the year before, and
 * missing-report reads only which office-years exist. So the summaries say where every report is;
 * then each page's body is read in turn, each report is checked and paired with the year before,
 * and only the reports whose partner year lies on a later page are kept (as copies) until it comes.
 * 已整改 (fixes) needs the current versions of the reports batches replaced and their previous
 * years: those few are kept too. The rules over a whole year or region keep only what they read
 * of each report: narrative-copy the narrative, zero-requests the new requests; and
 * revised-after-publication compares each report with the versions the import history replaced.
 * The result is the same, in the same order, as checkReports, checkAnomalies and fixedByBatches
 * over every record at once (tested).
 */
import { anomaliesOfPair, orderAnomalies } from '../analysis/anomalies'
import { fixedByBatches, type FixedEntry } from '../analysis/fixes'
import { previousVersions } from '../analysis/revisions'
import { cachedChecks, checksKey, keepChecks } from '../db/checksCache'
import { readDirectory, type PageSummary } from '../db/pages'
import { readChecksInput, readPageRecords } from '../db/resident'
import type { StoredRecord } from '../db/record'
import type { BoardDatabase, ImportBatch } from '../db/schema'
import type { OfficeKind } from '../domain/model'
import { reportOf } from '../domain/record'
import { reportKey } from '../domain/report'
import { checkPair, checkSingle, orderResult, type CheckOptions, type CheckResult } from '../domain/rules'
import { checkNarrativeCopies, type Narrated } from '../domain/rules/content/copy'
import { checkRevisedAfterPublication } from '../domain/rules/content/revised'
import { checkZeroFigures, zeroFigureOf, type ZeroFigure } from '../domain/rules/content/zero'
import { checkMissingReports } from '../domain/rules/cross'
import { todayIso } from '../domain/rules/deadline'
import type { Finding, Report } from '../domain/types'

export interface StoredChecks extends CheckResult {
  /** Year-on-year anomaly warnings (listed for review, never scored). */
  anomalies: Finding[]
  /** 已整改: findings that a corrected report no longer has. */
  fixes: FixedEntry[]
}

interface Placed {
  page: number
  officeKind: OfficeKind
}

/** A report kept for a pair whose other year is on a later page, with the pairs still waiting for it. */
interface Kept {
  record: StoredRecord
  nested?: Report
  waiting: number
}

export interface CheckPagesOptions extends CheckOptions {
  /** Asked between pages: true stops the run (the result would be stale), which then returns null. */
  cancelled?: () => boolean
}

/**
 * The checks of everything stored: the result kept for the same reports, day and dissolutions if
 * there is one (db/checksCache.ts), else computed page by page and kept.
 */
export async function checkStoredPages(
  db: BoardDatabase,
  options: CheckPagesOptions = {},
): Promise<StoredChecks | null> {
  const today = options.today ?? todayIso()
  const dissolved = options.dissolved ?? new Map<string, number>()
  const kept = await cachedChecks(db, checksKey((await readDirectory(db)).generation, today, dissolved))
  if (kept) return kept
  const { generation, summaries, batches } = await readChecksInput(db)
  const result = await checkPages(db, summaries, batches, { ...options, today })
  if (result) await keepChecks(db, checksKey(generation, today, dissolved), result)
  return result
}

async function checkPages(
  db: BoardDatabase,
  summaries: readonly PageSummary[],
  batches: readonly ImportBatch[],
  options: CheckPagesOptions & { today: string },
): Promise<StoredChecks | null> {
  const today = options.today

  // Where every report is, office by office in order of first appearance (the findings' order).
  const offices = new Map<string, Map<number, Placed>>()
  for (const s of summaries) {
    for (let i = 0; i < s.n; i++) {
      const office = s.office.table[s.office.index[i]]
      let years = offices.get(office)
      if (!years) offices.set(office, (years = new Map()))
      years.set(s.year[i], { page: s.id, officeKind: s.officeKind.table[s.officeKind.index[i]] })
    }
  }
  const pageOf = (office: string, year: number) => offices.get(office)?.get(year)?.page

  // A pair is checked when its later page is read; the member on the earlier page waits in `waitingFor`.
  const waiting = new Map<string, number>()
  for (const [office, years] of offices) {
    for (const [year, at] of years) {
      const before = years.get(year - 1)
      if (!before || before.page === at.page) continue
      const key = reportKey({ office, year: before.page < at.page ? year - 1 : year })
      waiting.set(key, (waiting.get(key) ?? 0) + 1)
    }
  }
  // 已整改 reads the versions batches replaced, the current ones, and the years before them.
  const wanted = new Set<string>()
  for (const b of batches) {
    if (b.undone) continue
    for (const r of b.replaced) {
      wanted.add(reportKey(r))
      wanted.add(reportKey({ office: r.office, year: r.year - 1 }))
    }
  }

  const revisions = options.previousVersions ?? previousVersions(batches)
  const narrated: Narrated[] = []
  const zeroFigures: ZeroFigure[] = []

  const out: CheckResult = { findings: [], notAssessable: [] }
  const anomalies: Finding[] = []
  const waitingFor = new Map<string, Kept>()
  const forFixes: StoredRecord[] = []
  const nestedOf = (k: Kept) => (k.nested ??= reportOf(k.record))
  const release = (key: string, k: Kept) => {
    if (--k.waiting === 0) waitingFor.delete(key)
  }
  const pair = (report: StoredRecord, nested: Report, previous: StoredRecord, previousNested: Report) => {
    checkPair(nested, previousNested, out)
    for (const f of anomaliesOfPair(report, previous)) anomalies.push(f)
  }

  for (const summary of summaries) {
    if (options.cancelled?.()) return null
    const records = await readPageRecords(db, summary)
    const here = new Map<string, { record: StoredRecord; nested: Report }>()
    for (const record of records) {
      const nested = reportOf(record)
      checkSingle(nested, today, out)
      const key = reportKey(record)
      narrated.push({ office: record.office, year: record.year, narrative: record.narrative })
      zeroFigures.push(zeroFigureOf(record))
      const versions = revisions.get(key)
      if (versions?.length) checkRevisedAfterPublication(nested, versions, out)
      here.set(key, { record, nested })
      const waits = waiting.get(key)
      // Copies: a view into the page's cells would keep the whole page's buffer alive.
      if (waits) waitingFor.set(key, { record: { ...record, cells: record.cells.slice() }, waiting: waits })
      if (wanted.has(key)) forFixes.push({ ...record, cells: record.cells.slice() })
    }
    for (const { record, nested } of here.values()) {
      const { office, year } = record
      // As the later year: the year before is on this page or an earlier one.
      const previousPage = pageOf(office, year - 1)
      if (previousPage !== undefined && previousPage <= summary.id) {
        const key = reportKey({ office, year: year - 1 })
        const local = here.get(key)
        if (local) pair(record, nested, local.record, local.nested)
        else {
          const k = waitingFor.get(key)!
          pair(record, nested, k.record, nestedOf(k))
          release(key, k)
        }
      }
      // As the year before: the later year was on an earlier page and waits.
      const nextPage = pageOf(office, year + 1)
      if (nextPage !== undefined && nextPage < summary.id) {
        const key = reportKey({ office, year: year + 1 })
        const k = waitingFor.get(key)!
        pair(k.record, nestedOf(k), record, nested)
        release(key, k)
      }
    }
  }

  checkMissingReports(offices, { ...options, today }, out)
  checkNarrativeCopies(narrated, out, { threshold: options.copyThreshold })
  for (const f of checkZeroFigures(zeroFigures)) anomalies.push(f)
  const officeOrder = new Map<string, number>()
  for (const office of offices.keys()) officeOrder.set(office, officeOrder.size)
  orderResult(out, officeOrder)
  orderAnomalies(anomalies, officeOrder)
  return { ...out, anomalies, fixes: fixedByBatches(batches, forFixes) }
}
