/**
 * Compliance rules (SPEC §3). `checkReport` judges one report on its own; `checkReports` adds the
 * rules that compare reports (carry-chain, in-force-chain, missing-report, narrative-copy,
 * revised-after-publication). Every finding and not-assessable entry carries office and year.
 * Findings come in a stable order: office (in order of first appearance), year, then the order of RULES.
 */
import { reportOf, type ReportRecord } from '../record'
import { reportKey } from '../report'
import type { Report } from '../types'
import type { CheckOptions, CheckResult } from './common'
import { checkNarrativeCopies } from './content/copy'
import { checkNarrativeMismatch } from './content/mismatch'
import { checkRevisedAfterPublication } from './content/revised'
import { checkSections } from './content/sections'
import { byOfficeAndYear, checkCarryChain, checkInForceChain, checkMissingReports } from './cross'
import { checkDeadline, todayIso } from './deadline'
import { RULE_ORDER } from './info'
import { checkBalance, checkOutcomeSum, checkRowTotals } from './requests'
import { checkCells, checkReviewSums } from './table'
import { checkTemplate } from './template'

export type { CheckOptions, CheckResult } from './common'
export { CONTENT_RULE_IDS, REVIEW_RULE_IDS, RULES, RULE_IDS, ruleInfo, type RuleId, type RuleInfo } from './info'
export { deadlineFor } from './deadline'

const byRule = (a: { rule: string }, b: { rule: string }) =>
  (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99)

/** The single-report rules over one report, into `out` (unsorted). The checks worker calls it report by report. */
export function checkSingle(report: Report, today: string | undefined, out: CheckResult): void {
  checkRowTotals(report, out)
  checkOutcomeSum(report, out)
  checkBalance(report, out)
  checkReviewSums(report, out)
  checkCells(report, out) // integer and complete
  checkDeadline(report, out, today)
  checkTemplate(report, out)
  checkSections(report, out)
  checkNarrativeMismatch(report, out)
}

/** Single-report rules only. `today` decides whether a deadline has passed (default: today). */
export function checkReport(report: Report, options: Pick<CheckOptions, 'today'> = {}): CheckResult {
  const out: CheckResult = { findings: [], notAssessable: [] }
  checkSingle(report, options.today, out)
  out.findings.sort(byRule)
  out.notAssessable.sort(byRule)
  return out
}

/** Single-report and cross-report rules over a set of reports (any offices, any years). */
export function checkReports(reports: readonly Report[], options: CheckOptions = {}): CheckResult {
  const out: CheckResult = { findings: [], notAssessable: [] }
  const today = options.today ?? todayIso() // once, not once per report
  for (const r of reports) checkSingle(r, today, out)
  const offices = byOfficeAndYear(reports)
  for (const years of offices.values()) {
    for (const [year, report] of years) {
      const previous = years.get(year - 1)
      if (previous) checkPair(report, previous, out)
    }
  }
  checkMissingReports(offices, { ...options, today }, out)
  checkNarrativeCopies(reports, out, { threshold: options.copyThreshold })
  if (options.previousVersions) {
    for (const r of reports) {
      const versions = options.previousVersions.get(reportKey(r))
      if (versions?.length) checkRevisedAfterPublication(r, versions, out)
    }
  }

  const officeOrder = new Map<string, number>()
  for (const office of offices.keys()) officeOrder.set(office, officeOrder.size)
  orderResult(out, officeOrder)
  return out
}

/** The rules that compare a report with the same office's report of the year before, into `out`. */
export function checkPair(report: Report, previous: Report, out: CheckResult): void {
  checkCarryChain(report, previous, out)
  checkInForceChain(report, previous, out)
}

/** The stable order of a result: office (by `officeOrder`), year, then the order of RULES. */
export function orderResult(out: CheckResult, officeOrder: ReadonlyMap<string, number>): void {
  const order = (
    a: { office?: string; year?: number; rule: string },
    b: { office?: string; year?: number; rule: string },
  ) =>
    (officeOrder.get(a.office ?? '') ?? 0) - (officeOrder.get(b.office ?? '') ?? 0) ||
    (a.year ?? 0) - (b.year ?? 0) ||
    byRule(a, b)
  out.findings.sort(order)
  out.notAssessable.sort(order)
}

/** checkReports over compact records: the rules read the nested view of each, built here. */
export function checkRecords(records: readonly ReportRecord[], options: CheckOptions = {}): CheckResult {
  return checkReports(records.map(reportOf), options)
}
