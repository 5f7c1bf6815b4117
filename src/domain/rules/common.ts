/**
 * What every rule shares: the result shape, reading cells defensively (reports built in code or by
 * the parser may hold bad values), and the Chinese row/column names used in messages — all taken
 * from model.ts so a label is never typed twice.
 */
import {
  APPLICANT_COLUMNS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  REQUEST_GROUPS,
  requestRowsFor,
  type ApplicantColumn,
  type DisputeColumn,
  type DisputeGroup,
  type TemplateId,
} from '../model'
import type { Finding, NotAssessable, Report } from '../types'
import { ruleInfo, type RuleId } from './info'
import { isRecord } from '../objects'

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

export type FindingBody = Omit<Finding, 'rule' | 'severity' | 'office' | 'year'>

export interface At {
  office: string
  year: number
}

export function pushFinding(out: CheckResult, at: At, rule: RuleId, body: FindingBody): void {
  out.findings.push({ rule, severity: ruleInfo(rule).severity, ...body, office: at.office, year: at.year })
}

export function pushNotAssessable(out: CheckResult, at: At, rule: RuleId, reason: string): void {
  out.notAssessable.push({ rule, office: at.office, year: at.year, reason })
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
// Table 三 rows, described once per format

/** The rows 三（一）…三（七） are printed under "三、本年度办理结果"; the model keeps only their own numbering. */
const OUTCOMES_NUMBERING = '三'

export interface RequestRowInfo {
  readonly key: string
  /** `requests.<key>`, the finding's field. */
  readonly field: string
  readonly top: string
  readonly leaf?: string
  readonly outcome: boolean
  /** Label with numbering as printed, e.g. `三（三）不予公开 1.属于国家秘密`. */
  readonly label: string
  /** Numbering only, e.g. `一`, `三（七）`, `三（三）1`. */
  readonly numbering: string
  /** Numbering down to the group, e.g. `三（三）` for every row of 不予公开. */
  readonly groupNumbering: string
}

function describeRows(template: TemplateId): RequestRowInfo[] {
  return requestRowsFor(template).map((row) => {
    const [top, leaf] = row.key.split('.')
    const group = row.group ? REQUEST_GROUPS.find((g) => g.key === row.group) : undefined
    const inOutcomes = row.outcome || row.key === 'total'
    const prefix = inOutcomes ? OUTCOMES_NUMBERING : ''
    const own = row.numbering.replace(/[、.]$/, '')
    const groupNumbering = `${prefix}${group ? group.numbering : own}`
    let numbering = group ? `${groupNumbering}${own}` : groupNumbering
    let label: string
    if (!group) label = `${prefix}${row.numbering}${row.zh}`
    // 2019 format: （六）其他处理 is a single row without sub-rows.
    else if (template === '2019' && group.key === 'otherHandling') {
      label = `${prefix}${group.numbering}${group.zh}`
      numbering = groupNumbering
    } else label = `${prefix}${group.numbering}${group.zh} ${row.numbering}${row.zh}`
    return {
      key: row.key,
      field: `requests.${row.key}`,
      top,
      leaf,
      outcome: row.outcome,
      label,
      numbering,
      groupNumbering,
    }
  })
}

const ROWS: Record<TemplateId, readonly RequestRowInfo[]> = {
  '2019': describeRows('2019'),
  '2021': describeRows('2021'),
}

export function requestRowsInfo(template: TemplateId): readonly RequestRowInfo[] {
  return ROWS[template] ?? ROWS['2021']
}

export function requestRowInfo(template: TemplateId, key: string): RequestRowInfo {
  return requestRowsInfo(template).find((r) => r.key === key)!
}

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

// ---------------------------------------------------------------------------------------------
// Names for messages

export const COLUMN_ZH = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, c.zh])) as Record<
  ApplicantColumn,
  string
>
export const DISPUTE_COLUMN_ZH = Object.fromEntries(DISPUTE_COLUMNS.map((c) => [c.key, c.zh])) as Record<
  DisputeColumn,
  string
>
export const DISPUTE_GROUP_ZH = Object.fromEntries(DISPUTE_GROUPS.map((g) => [g.key, g.zh])) as Record<
  DisputeGroup,
  string
>

/** `A、B、C` or `A、B、C 等 5 项`. */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.join('、')
  return `${names.slice(0, max).join('、')} 等 ${names.length} 项`
}

/** A value as shown in a message: blank, text and odd numbers stay recognisable. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return '空白'
  if (typeof v === 'string') return `“${v.length > 20 ? `${v.slice(0, 20)}…` : v}”`
  return String(v)
}
