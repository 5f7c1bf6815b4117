/**
 * Test support: reports whose tables add up, built from emptyReport(). Used by the rule and metric
 * tests; not imported by application code.
 */
import { CELL_BY_PATH, cellsFor, setCell } from '../cells'
import { recordOf, type ReportRecord } from '../record'
import { emptyReport, type ReportIdentity } from '../report'
import type { Report } from '../types'

/**
 * Table 三 (natural, business; other columns 0): received 10+2, carried over 1+0,
 * granted 5+1, partially granted 2, denied.stateSecret 1, unavailable.notHeld 1+1,
 * otherHandling.other 1, total 10+2, carried forward 1+0.
 * Table 四: review 1 upheld, 1 corrected, 1 pending (total 3); litigationDirect 1 corrected.
 * Table 二 (2021): regulations issued 1, repealed 0, in force 5; normative documents 2, 1, 10.
 */
const VALUES: Record<string, number> = {
  'requests.received.natural': 10,
  'requests.received.business': 2,
  'requests.received.total': 12,
  'requests.carriedOver.natural': 1,
  'requests.carriedOver.total': 1,
  'requests.granted.natural': 5,
  'requests.granted.business': 1,
  'requests.granted.total': 6,
  'requests.partiallyGranted.natural': 2,
  'requests.partiallyGranted.total': 2,
  'requests.denied.stateSecret.natural': 1,
  'requests.denied.stateSecret.total': 1,
  'requests.unavailable.notHeld.natural': 1,
  'requests.unavailable.notHeld.business': 1,
  'requests.unavailable.notHeld.total': 2,
  'requests.otherHandling.other.natural': 1,
  'requests.otherHandling.other.total': 1,
  'requests.total.natural': 10,
  'requests.total.business': 2,
  'requests.total.total': 12,
  'requests.carriedForward.natural': 1,
  'requests.carriedForward.total': 1,
  'review.upheld': 1,
  'review.corrected': 1,
  'review.pending': 1,
  'review.total': 3,
  'litigationDirect.corrected': 1,
  'litigationDirect.total': 1,
  'proactive.regulations.issued': 1,
  'proactive.regulations.inForce': 5,
  'proactive.normativeDocuments.issued': 2,
  'proactive.normativeDocuments.repealed': 1,
  'proactive.normativeDocuments.inForce': 10,
}

/**
 * A report that passes every single-report rule; published 20 January of the following year unless
 * set. It is as if read from a document with all six parts (so `sections-missing` can judge it).
 */
export function consistentReport(id: Partial<ReportIdentity> = {}): Report {
  const year = id.year ?? 2023
  const report = emptyReport({ office: '某区教育局', template: '2021', publishedAt: `${year + 1}-01-20`, ...id, year })
  for (const cell of cellsFor(report.template)) {
    if (cell.kind !== 'text') setCell(report, cell, VALUES[cell.path] ?? 0)
  }
  report.sections = { overview: 240, proactive: 160, requests: 620, disputes: 90, problems: 130, other: 1 }
  return report
}

/** Set cells by flat key path (a typo throws, so a test never passes by writing nowhere). */
export function withCells(report: Report, values: Record<string, number | string | null>): Report {
  for (const [path, value] of Object.entries(values)) {
    const cell = CELL_BY_PATH.get(path)
    if (!cell) throw new Error(`unknown cell ${path}`)
    setCell(report, cell, value)
  }
  return report
}

/** Nested test reports as the compact records analysis functions take. */
export function toRecords(reports: readonly Report[]): ReportRecord[]
export function toRecords(report: Report): ReportRecord
export function toRecords(x: Report | readonly Report[]): ReportRecord | ReportRecord[] {
  return Array.isArray(x) ? x.map((r: Report) => recordOf(r)) : recordOf(x as Report)
}
