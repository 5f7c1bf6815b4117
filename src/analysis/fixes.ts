/**
 * 已整改: findings that a corrected report no longer has. Each import batch keeps the versions it
 * replaced (`batches[].replaced`); the version the batch wrote is either the stored report (still
 * current) or a later batch's replaced version written by it. Both versions are checked the same
 * way — single-report rules plus the carry chain against the office's stored report of the year
 * before — and `fixedFindings(before, after)` says what disappeared.
 */
import { compareZh } from './collate'
import { fixedFindings } from './rectification'
import { reportOf, type ReportRecord } from '../domain/record'
import { reportKey } from '../domain/report'
import { checkPair, checkReport, orderResult } from '../domain/rules'
import { checkNarrativeCopies } from '../domain/rules/content/copy'
import type { Finding, Report } from '../domain/types'

export interface FixedEntry {
  finding: Finding
  office: string
  year: number
  batchId: number
  /** When the fixing batch was imported (ISO). */
  fixedAt: string
  /** The file the corrected version came from. */
  file: string
}

/** Where a version came from (the database's StoredReport and StoredRecord have these; analysis does not import db/). */
interface Written {
  batchId: number
  sourceFile: string
}

/** What fixedByBatches reads of an import batch (db's ImportBatch has this shape). */
export interface FixingBatch {
  id?: number
  createdAt: string
  undone?: boolean
  /** The versions this batch replaced, nested. */
  replaced: readonly (Report & Written)[]
}

/**
 * Findings of one version of a report: the single-report rules, and with the office's stored
 * report of the year before the rules that compare the two (carry chain, in-force chain, a
 * narrative copied from that year) — the findings checkReports gives this report among the two.
 */
function findingsOf(version: Report, previousYear: Report | undefined): Finding[] {
  const out = checkReport(version)
  if (!previousYear) return out.findings
  checkPair(version, previousYear, out)
  checkNarrativeCopies([previousYear, version], out)
  orderResult(out, new Map()) // one office, one year: by rule, as checkReports orders them
  return out.findings
}

/** A version as the rules read it: stored records are turned into nested reports only here, when needed. */
const nested = (v: Report | ReportRecord): Report => ('cells' in v ? reportOf(v) : v)

export function fixedByBatches(
  batches: readonly FixingBatch[],
  records: readonly (ReportRecord & Written)[],
): FixedEntry[] {
  const current = new Map(records.map((r) => [reportKey(r), r]))
  // batch id → report key → the version that batch wrote (a stored record, or a version kept by a later batch).
  const written = new Map<number, Map<string, (Report | ReportRecord) & Written>>()
  const remember = (r: (Report | ReportRecord) & Written) => {
    let m = written.get(r.batchId)
    if (!m) written.set(r.batchId, (m = new Map()))
    m.set(reportKey(r), r)
  }
  for (const r of records) remember(r)
  for (const b of batches) if (!b.undone) for (const r of b.replaced) remember(r)

  const out: FixedEntry[] = []
  for (const b of batches) {
    if (b.undone || b.id === undefined || b.replaced.length === 0) continue
    for (const before of b.replaced) {
      const after = written.get(b.id)?.get(reportKey(before))
      if (!after) continue
      const stored = current.get(reportKey({ office: before.office, year: before.year - 1 }))
      const previousYear = stored && nested(stored)
      const fixed = fixedFindings(findingsOf(before, previousYear), findingsOf(nested(after), previousYear))
      for (const finding of fixed) {
        out.push({
          finding,
          office: before.office,
          year: before.year,
          batchId: b.id,
          fixedAt: b.createdAt,
          file: after.sourceFile,
        })
      }
    }
  }
  return out.sort((a, b) => b.batchId - a.batchId || compareZh(a.office, b.office) || a.year - b.year)
}
