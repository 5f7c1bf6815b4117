/**
 * 已整改: findings that a corrected report no longer has. Each import batch keeps the versions it
 * replaced (`batches[].replaced`); the version the batch wrote is either the stored report (still
 * current) or a later batch's replaced version written by it. Both versions are checked the same
 * way — single-report rules plus the carry chain against the office's stored report of the year
 * before — and `fixedFindings(before, after)` says what disappeared.
 */
import { compareZh } from './collate'
import { fixedFindings } from './rectification'
import { storedReportOf } from '../db/record'
import type { ImportBatch, StoredRecord, StoredReport } from '../db/schema'
import { checkReports } from '../domain/rules'
import type { Finding } from '../domain/types'

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

const key = (r: { office: string; year: number }) => `${r.office}\u0000${r.year}`

/** Findings of one version of a report, judged with its stored neighbour year (for the carry chain). */
function findingsOf(version: StoredReport, previousYear: StoredReport | undefined): Finding[] {
  const { findings } = checkReports(previousYear ? [previousYear, version] : [version])
  return findings.filter((f) => f.office === version.office && f.year === version.year)
}

/** A version as the rules read it: stored records are turned into nested reports only here, when needed. */
const nested = (v: StoredReport | StoredRecord): StoredReport => ('cells' in v ? storedReportOf(v) : v)

export function fixedByBatches(batches: readonly ImportBatch[], records: readonly StoredRecord[]): FixedEntry[] {
  const current = new Map(records.map((r) => [key(r), r]))
  // batch id → report key → the version that batch wrote (a stored record, or a version kept by a later batch).
  const written = new Map<number, Map<string, StoredReport | StoredRecord>>()
  const remember = (r: StoredReport | StoredRecord) => {
    let m = written.get(r.batchId)
    if (!m) written.set(r.batchId, (m = new Map()))
    m.set(key(r), r)
  }
  for (const r of records) remember(r)
  for (const b of batches) if (!b.undone) for (const r of b.replaced) remember(r)

  const out: FixedEntry[] = []
  for (const b of batches) {
    if (b.undone || b.id === undefined || b.replaced.length === 0) continue
    for (const before of b.replaced) {
      const after = written.get(b.id)?.get(key(before))
      if (!after) continue
      const stored = current.get(key({ office: before.office, year: before.year - 1 }))
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
