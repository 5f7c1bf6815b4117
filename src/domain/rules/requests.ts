/**
 * The sums of table 三: row-total, outcome-sum and balance (the printed 勾稽关系).
 * Blank is not zero: a row or column with a blank input is not judged, and the report is marked
 * not assessable for the rule instead.
 */
import { APPLICANT_KEYS, APPLICANT_PARTS } from '../model'
import type { Report } from '../types'
import { said } from '../../i18n/said'
import {
  num,
  pushFinding,
  pushNotAssessable,
  requestRow,
  requestRowInfo,
  requestRowsInfo,
  sumOrNull,
  type CheckResult,
} from './common'

export function checkRowTotals(report: Report, out: CheckResult): void {
  const template = report.template
  const blankRows: string[] = []
  for (const row of requestRowsInfo(template)) {
    const cells = requestRow(report, row)
    const total = num(cells?.total)
    const sum = sumOrNull(cells, APPLICANT_PARTS)
    if (sum === null || total === null) {
      blankRows.push(row.field)
      continue
    }
    if (sum === total) continue
    pushFinding(out, report, 'row-total', {
      field: row.field,
      column: 'total',
      expected: sum,
      actual: total,
      cells: APPLICANT_KEYS.map((c) => `${row.field}.${c}`),
      ...said('finding.row-total', { row: row.field, template, sum, total }),
    })
  }
  if (blankRows.length > 0)
    pushNotAssessable(out, report, 'row-total', said('na.row-total', { rows: blankRows, template }))
}

export function checkOutcomeSum(report: Report, out: CheckResult): void {
  const template = report.template
  const rows = requestRowsInfo(template)
  const outcomes = rows.filter((r) => r.outcome)
  const totalRow = requestRowInfo(template, 'total')
  const totalCells = requestRow(report, totalRow)
  const outcomeCells = outcomes.map((r) => requestRow(report, r))
  const blankColumns: string[] = []
  for (const col of APPLICANT_KEYS) {
    const total = num(totalCells?.[col])
    let sum: number | null = 0
    for (const cells of outcomeCells) {
      const v = num(cells?.[col])
      if (v === null) {
        sum = null
        break
      }
      sum += v
    }
    if (sum === null || total === null) {
      blankColumns.push(col)
      continue
    }
    if (sum === total) continue
    pushFinding(out, report, 'outcome-sum', {
      field: totalRow.field,
      column: col,
      expected: sum,
      actual: total,
      cells: [...outcomes.map((r) => `${r.field}.${col}`), `${totalRow.field}.${col}`],
      ...said('finding.outcome-sum', {
        row: totalRow.field,
        template,
        column: col,
        total,
        outcomes: outcomes.length,
        sum,
      }),
    })
  }
  if (blankColumns.length > 0)
    pushNotAssessable(
      out,
      report,
      'outcome-sum',
      said('na.outcome-sum', { columns: blankColumns, row: totalRow.field, template }),
    )
}

const BALANCE_ROWS = ['received', 'carriedOver', 'total', 'carriedForward'] as const

export function checkBalance(report: Report, out: CheckResult): void {
  const t = report.template
  const [received, carriedOver, total, carriedForward] = BALANCE_ROWS.map((k) => requestRowInfo(t, k))
  const rowsReceived = requestRow(report, received)
  const rowsCarriedOver = requestRow(report, carriedOver)
  const rowsTotal = requestRow(report, total)
  const rowsCarriedForward = requestRow(report, carriedForward)
  const blankColumns: string[] = []
  for (const col of APPLICANT_KEYS) {
    const a = num(rowsReceived?.[col])
    const b = num(rowsCarriedOver?.[col])
    const c = num(rowsTotal?.[col])
    const d = num(rowsCarriedForward?.[col])
    if (a === null || b === null || c === null || d === null) {
      blankColumns.push(col)
      continue
    }
    if (a + b === c + d) continue
    pushFinding(out, report, 'balance', {
      field: 'requests',
      column: col,
      expected: a + b,
      actual: c + d,
      cells: [received, carriedOver, total, carriedForward].map((r) => `${r.field}.${col}`),
      ...said('finding.balance', {
        column: col,
        expected: a + b,
        actual: c + d,
        received: received.field,
        carriedOver: carriedOver.field,
        total: total.field,
        carriedForward: carriedForward.field,
        template: t,
        a,
        b,
        c,
        d,
      }),
    })
  }
  if (blankColumns.length > 0) pushNotAssessable(out, report, 'balance', said('na.balance', { columns: blankColumns }))
}
