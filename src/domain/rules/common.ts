/**
 * What every rule shares: the result shape and reading cells defensively (reports built in code or
 * by the parser may hold bad values). What a finding says is a message of i18n/findings.ts, made
 * with said(): its parameters name rows, columns and cells by key, never by label.
 */
import type { DisputeGroup } from '../model'
import type { Finding, NotAssessable, Report } from '../types'
import type { RequestRowInfo } from '../requestRows'
import { ruleInfo, type RuleId } from './info'
import { isRecord } from '../objects'
import type { Said } from '../../i18n/said'

export interface CheckOptions {
  /** office → first year it no longer exists (exempt from `missing-report` from that year on). */
  dissolved?: ReadonlyMap<string, number>
  /** ISO date `YYYY-MM-DD`: deadlines not yet passed on this day are not judged. Defaults to today. */
  today?: string
  /** `narrative-copy` threshold, 0–1 (default 0.8). */
  copyThreshold?: number
  /**
   * Earlier stored versions of reports, by reportKey, oldest first (the import history's replaced
   * versions): `revised-after-publication` compares each report with them. Without it the rule is
   * not run (a file on its own has no history).
   */
  previousVersions?: ReadonlyMap<string, readonly Report[]>
}

export interface CheckResult {
  /** Each finding has office and year set. */
  findings: Finding[]
  notAssessable: NotAssessable[]
}

/** What a rule gives for a finding: the cells and figures, and its message (said()). */
export type FindingBody = Omit<Finding, 'rule' | 'severity' | 'office' | 'year' | 'message' | 'messageId' | 'params'> &
  Said

export interface At {
  office: string
  year: number
}

export function pushFinding(out: CheckResult, at: At, rule: RuleId, body: FindingBody): void {
  out.findings.push({ rule, severity: ruleInfo(rule).severity, ...body, office: at.office, year: at.year })
}

/** A rule that could not be assessed, and why (a message of i18n/findings.ts). */
export function pushNotAssessable(out: CheckResult, at: At, rule: RuleId, reason: Said): void {
  out.notAssessable.push({
    rule,
    office: at.office,
    year: at.year,
    reason: reason.message,
    reasonId: reason.messageId,
    params: reason.params,
  })
}

// ---------------------------------------------------------------------------------------------
// Reading cells

type Row = Readonly<Record<string, unknown>>

/** A usable number: finite. Anything else (blank, text, NaN) cannot enter a sum. */
export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** Sum of the given cells of a row, or null when any of them is blank (blank is not zero). */
export function sumOrNull(cells: Row | undefined, keys: readonly string[]): number | null {
  let sum = 0
  for (const k of keys) {
    const v = num(cells?.[k])
    if (v === null) return null
    sum += v
  }
  return sum
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined
}

// ---------------------------------------------------------------------------------------------
// Table 三 rows, described once per format (requestRows.ts)

export { requestRowInfo, requestRowsInfo, type RequestRowInfo } from '../requestRows'

/** The row object of table 三, or undefined when the report lacks it. */
export function requestRow(report: Report, row: RequestRowInfo): Row | undefined {
  const requests: unknown = report.requests
  if (!isRecord(requests)) return undefined
  const top = requests[row.top]
  if (!isRecord(top)) return undefined
  if (row.leaf === undefined) return top
  const leaf = top[row.leaf]
  return isRecord(leaf) ? leaf : undefined
}

export function disputeRow(report: Report, group: DisputeGroup): Row | undefined {
  const g: unknown = report[group]
  return isRecord(g) ? g : undefined
}
