/**
 * The sums of table 三: row-total, outcome-sum and balance (the printed 勾稽关系).
 * Blank is not zero: a row or column with a blank input is not judged, and the report is marked
 * not assessable for the rule instead.
 */
import { APPLICANT_KEYS, APPLICANT_PARTS } from '../model'
import type { Report } from '../types'
import {
  COLUMN_ZH,
  listNames,
  num,
  pushFinding,
  pushNotAssessable,
  requestRow,
  requestRowInfo,
  requestRowsInfo,
  sumOrNull,
  type CheckResult,
} from './common'

const partsZh = APPLICANT_PARTS.map((c) => COLUMN_ZH[c]).join('、')

export function checkRowTotals(report: Report, out: CheckResult): void {
  const blankRows: string[] = []
  for (const row of requestRowsInfo(report.template)) {
    const cells = requestRow(report, row)
    const total = num(cells?.total)
    const sum = sumOrNull(cells, APPLICANT_PARTS)
    if (sum === null || total === null) {
      blankRows.push(row.label)
      continue
    }
    if (sum === total) continue
    pushFinding(out, report, 'row-total', {
      field: row.field,
      column: 'total',
      expected: sum,
      actual: total,
      cells: APPLICANT_KEYS.map((c) => `${row.field}.${c}`),
      message:
        `${row.label}：${APPLICANT_PARTS.length} 类申请人（${partsZh}）之和为 ${sum}，但“${COLUMN_ZH.total}”列为 ${total}。` +
        `请核对该行各申请人列和“${COLUMN_ZH.total}”列。`,
    })
  }
  if (blankRows.length > 0) {
    pushNotAssessable(
      out,
      report,
      'row-total',
      `${listNames(blankRows)}有空白单元格，无法核对行合计（空白不按 0 计算）`,
    )
  }
}

export function checkOutcomeSum(report: Report, out: CheckResult): void {
  const rows = requestRowsInfo(report.template)
  const outcomes = rows.filter((r) => r.outcome)
  const totalRow = requestRowInfo(report.template, 'total')
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
      blankColumns.push(COLUMN_ZH[col])
      continue
    }
    if (sum === total) continue
    const first = outcomes[0].groupNumbering
    const last = outcomes[outcomes.length - 1].groupNumbering
    pushFinding(out, report, 'outcome-sum', {
      field: totalRow.field,
      column: col,
      expected: sum,
      actual: total,
      cells: [...outcomes.map((r) => `${r.field}.${col}`), `${totalRow.field}.${col}`],
      message:
        `${totalRow.label}「${COLUMN_ZH[col]}」列为 ${total}，但 ${outcomes.length} 项办理结果之和为 ${sum}。` +
        `请逐行核对${first}至${last}的「${COLUMN_ZH[col]}」列和总计。`,
    })
  }
  if (blankColumns.length > 0) {
    pushNotAssessable(
      out,
      report,
      'outcome-sum',
      `「${listNames(blankColumns)}」列的办理结果或总计有空白单元格，无法核对${totalRow.label}是否等于各项办理结果之和（空白不按 0 计算）`,
    )
  }
}

export function checkBalance(report: Report, out: CheckResult): void {
  const t = report.template
  const [received, carriedOver, total, carriedForward] = (
    ['received', 'carriedOver', 'total', 'carriedForward'] as const
  ).map((k) => requestRowInfo(t, k))
  const formula = `${received.numbering}+${carriedOver.numbering} ≠ ${total.numbering}+${carriedForward.numbering}`
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
      blankColumns.push(COLUMN_ZH[col])
      continue
    }
    if (a + b === c + d) continue
    pushFinding(out, report, 'balance', {
      field: 'requests',
      column: col,
      expected: a + b,
      actual: c + d,
      cells: [received, carriedOver, total, carriedForward].map((r) => `${r.field}.${col}`),
      message:
        `${formula} (${COLUMN_ZH[col]}): ${a + b} ≠ ${c + d}。` +
        `“${received.label}”${a} + “${carriedOver.label}”${b} 应等于 “${total.label}”${c} + “${carriedForward.label}”${d}，` +
        `请核对这四行的「${COLUMN_ZH[col]}」列。`,
    })
  }
  if (blankColumns.length > 0) {
    pushNotAssessable(
      out,
      report,
      'balance',
      `「${listNames(blankColumns)}」列有空白单元格，无法核对 ${formula.replace('≠', '=')}（空白不按 0 计算）`,
    )
  }
}
