/**
 * Cell-level rules of tables 三 and 四 (integer, complete) and the sums of table 四 (review-sum).
 */
import { cellsFor, type CellDef } from '../cells'
import { DISPUTE_GROUPS, DISPUTE_PARTS, type TemplateId } from '../model'
import type { Report } from '../types'
import {
  COLUMN_ZH,
  DISPUTE_COLUMN_ZH,
  DISPUTE_GROUP_ZH,
  disputeRow,
  isBlank,
  listNames,
  num,
  pushFinding,
  pushNotAssessable,
  requestRowsInfo,
  showValue,
  sumOrNull,
  type CheckResult,
} from './common'
import { isRecord } from '../objects'

interface TableRow {
  /** Flat path of the row, the finding's field. */
  readonly field: string
  /** Keys leading to the row object, e.g. ['requests', 'denied', 'stateSecret']. */
  readonly segments: readonly string[]
  readonly label: string
  readonly cells: readonly { readonly def: CellDef; readonly columnZh: string }[]
}

/** Rows of tables 三 and 四 with their cells, per format — computed once. */
function buildRows(template: TemplateId): TableRow[] {
  const labels = new Map<string, string>()
  for (const r of requestRowsInfo(template)) labels.set(r.field, r.label)
  for (const g of DISPUTE_GROUPS) labels.set(g.key, `表四${g.zh}`)
  const rows = new Map<string, TableRow>()
  for (const def of cellsFor(template)) {
    if (def.table === 'proactive') continue
    let row = rows.get(def.row)
    if (!row) {
      row = { field: def.row, segments: def.segments.slice(0, -1), label: labels.get(def.row) ?? def.row, cells: [] }
      rows.set(def.row, row)
    }
    const columnZh =
      def.table === 'requests'
        ? COLUMN_ZH[def.column as keyof typeof COLUMN_ZH]
        : DISPUTE_COLUMN_ZH[def.column as keyof typeof DISPUTE_COLUMN_ZH]
    ;(row.cells as { def: CellDef; columnZh: string }[]).push({ def, columnZh })
  }
  return [...rows.values()]
}

const TABLE_ROWS: Record<TemplateId, readonly TableRow[]> = { '2019': buildRows('2019'), '2021': buildRows('2021') }

function tableRows(template: TemplateId): readonly TableRow[] {
  return TABLE_ROWS[template] ?? TABLE_ROWS['2021']
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0

/** The row object (looked up once per row, not once per cell: this runs over every report). */
function rowObject(report: Report, row: TableRow): Readonly<Record<string, unknown>> | undefined {
  let node: unknown = report
  for (const s of row.segments) {
    if (!isRecord(node)) return undefined
    node = node[s]
  }
  return isRecord(node) ? node : undefined
}

/** integer and complete in one pass over the cells of tables 三/四 (it runs on every report). */
export function checkCells(report: Report, out: CheckResult): void {
  for (const row of tableRows(report.template)) {
    const cells = rowObject(report, row)
    let blanks: (typeof row.cells)[number][] | undefined
    for (const cell of row.cells) {
      const v = cells?.[cell.def.column]
      if (isCount(v)) continue
      if (isBlank(v)) (blanks ??= []).push(cell)
      else pushIntegerFinding(report, row, cell, v, out)
    }
    if (!blanks) continue
    const all = blanks.length === row.cells.length
    pushFinding(out, report, 'complete', {
      field: row.field,
      cells: blanks.map(({ def }) => def.path),
      message:
        `${row.label}有 ${blanks.length} 个空白单元格${
          all
            ? '（整行空白）'
            : `（${listNames(
                blanks.map((b) => b.columnZh),
                7,
              )}）`
        }。` + '空白不等于 0：确为 0 请填写 0，否则请按原报告补充数字。',
    })
  }
}

function pushIntegerFinding(
  report: Report,
  row: TableRow,
  { def, columnZh }: TableRow['cells'][number],
  v: unknown,
  out: CheckResult,
): void {
  const why = typeof v !== 'number' ? '不是数字' : !Number.isFinite(v) ? '不是有限数字' : v < 0 ? '是负数' : '不是整数'
  pushFinding(out, report, 'integer', {
    field: row.field,
    column: def.column,
    actual: typeof v === 'number' && Number.isFinite(v) ? v : showValue(v),
    cells: [def.path],
    message: `${row.label}「${columnZh}」列的值 ${showValue(v)} ${why}：件数只能是 0 或正整数，请按原报告更正。`,
  })
}

export function checkReviewSums(report: Report, out: CheckResult): void {
  const blankGroups: string[] = []
  for (const group of DISPUTE_GROUPS) {
    const cells = disputeRow(report, group.key)
    const total = num(cells?.total)
    const sum = sumOrNull(cells, DISPUTE_PARTS)
    if (sum === null || total === null) {
      blankGroups.push(DISPUTE_GROUP_ZH[group.key])
      continue
    }
    if (sum === total) continue
    const parts = DISPUTE_PARTS.map((c) => DISPUTE_COLUMN_ZH[c]).join('、')
    pushFinding(out, report, 'review-sum', {
      field: group.key,
      column: 'total',
      expected: sum,
      actual: total,
      cells: [...DISPUTE_PARTS, 'total'].map((c) => `${group.key}.${c}`),
      message:
        `表四${DISPUTE_GROUP_ZH[group.key]}：${parts}之和为 ${sum}，但“${DISPUTE_COLUMN_ZH.total}”为 ${total}。` +
        `请核对该组各列和“${DISPUTE_COLUMN_ZH.total}”。`,
    })
  }
  if (blankGroups.length > 0) {
    pushNotAssessable(
      out,
      report,
      'review-sum',
      `表四${listNames(blankGroups)}有空白单元格，无法核对总计（空白不按 0 计算）`,
    )
  }
}
