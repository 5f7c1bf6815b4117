/**
 * Rules that compare reports with each other: carry-chain and in-force-chain (year N against
 * year N−1 of the same office) and missing-report (gaps in an office's years).
 */
import { APPLICANT_KEYS, PROACTIVE_ITEMS } from '../model'
import type { Report } from '../types'
import { said } from '../../i18n/said'
import {
  num,
  pushFinding,
  pushNotAssessable,
  requestRow,
  requestRowInfo,
  type CheckOptions,
  type CheckResult,
} from './common'
import { isRecord } from '../objects'
import { deadlineFor, todayIso } from './deadline'

/** office → year → report. A later duplicate of (office, year) replaces an earlier one. */
export function byOfficeAndYear<R extends { office: string; year: number }>(
  reports: readonly R[],
): Map<string, Map<number, R>> {
  const offices = new Map<string, Map<number, R>>()
  for (const r of reports) {
    let years = offices.get(r.office)
    if (!years) offices.set(r.office, (years = new Map()))
    years.set(r.year, r)
  }
  return offices
}

export function checkCarryChain(report: Report, previous: Report, out: CheckResult): void {
  const over = requestRowInfo(report.template, 'carriedOver')
  const forward = requestRowInfo(previous.template, 'carriedForward')
  const overCells = requestRow(report, over)
  const forwardCells = requestRow(previous, forward)
  const blankColumns: string[] = []
  for (const col of APPLICANT_KEYS) {
    const actual = num(overCells?.[col])
    const expected = num(forwardCells?.[col])
    if (actual === null || expected === null) {
      blankColumns.push(col)
      continue
    }
    if (actual === expected) continue
    pushFinding(out, report, 'carry-chain', {
      field: over.field,
      column: col,
      expected,
      actual,
      cells: [`${over.field}.${col}`],
      ...said('finding.carry-chain', {
        over: over.field,
        forward: forward.field,
        template: report.template,
        column: col,
        actual,
        expected,
        previousYear: previous.year,
      }),
    })
  }
  if (blankColumns.length > 0) {
    pushNotAssessable(
      out,
      report,
      'carry-chain',
      said('na.carry-chain', {
        over: over.field,
        forward: forward.field,
        template: report.template,
        previousYear: previous.year,
        columns: blankColumns,
      }),
    )
  }
}

const CHAINED_ITEMS = PROACTIVE_ITEMS['2021'].filter((i) => i.key === 'regulations' || i.key === 'normativeDocuments')

function proactiveValue(report: Report, item: string, field: string): number | null {
  const node: unknown = report.proactive?.[item]
  return isRecord(node) ? num(node[field]) : null
}

export function checkInForceChain(report: Report, previous: Report, out: CheckResult): void {
  if (report.template !== '2021' || previous.template !== '2021') return
  const blankItems: string[] = []
  for (const item of CHAINED_ITEMS) {
    const before = proactiveValue(previous, item.key, 'inForce')
    const issued = proactiveValue(report, item.key, 'issued')
    const repealed = proactiveValue(report, item.key, 'repealed')
    const inForce = proactiveValue(report, item.key, 'inForce')
    if (before === null || issued === null || repealed === null || inForce === null) {
      blankItems.push(item.key)
      continue
    }
    const expected = before + issued - repealed
    if (expected === inForce) continue
    const field = `proactive.${item.key}`
    pushFinding(out, report, 'in-force-chain', {
      field,
      column: 'inForce',
      expected,
      actual: inForce,
      cells: ['inForce', 'issued', 'repealed'].map((f) => `${field}.${f}`),
      ...said('finding.in-force-chain', {
        item: item.key,
        inForce,
        previousYear: previous.year,
        before,
        issued,
        repealed,
        expected,
      }),
    })
  }
  if (blankItems.length > 0) {
    pushNotAssessable(
      out,
      report,
      'in-force-chain',
      said('na.in-force-chain', { items: blankItems, previousYear: previous.year }),
    )
  }
}

export function checkMissingReports(
  offices: ReadonlyMap<string, ReadonlyMap<number, Pick<Report, 'officeKind'>>>,
  options: CheckOptions,
  out: CheckResult,
): void {
  let newest = -Infinity
  for (const years of offices.values()) for (const y of years.keys()) if (y > newest) newest = y
  const today = options.today ?? todayIso()
  for (const [office, years] of offices) {
    const sorted = [...years.keys()].sort((a, b) => a - b)
    const latest = years.get(sorted[sorted.length - 1])!
    const dissolvedFrom = options.dissolved?.get(office) ?? Infinity
    for (let y = sorted[0] + 1; y <= newest; y++) {
      if (years.has(y) || y >= dissolvedFrom) continue
      const deadline = deadlineFor(y, latest.officeKind)
      const at = { office, year: y }
      if (today <= deadline) {
        pushNotAssessable(out, at, 'missing-report', said('na.missing-report', { year: y, deadline }))
        continue
      }
      const earlier = sorted.filter((s) => s < y)
      pushFinding(out, at, 'missing-report', {
        field: 'report',
        ...said('finding.missing-report', { year: y, earlier, newest, deadline }),
      })
    }
  }
}
