/**
 * Cell-level rules of tables 三 and 四 (integer, complete) and the sums of table 四 (review-sum).
 */
import { cellsFor, type CellDef } from '../cells'
import { DISPUTE_GROUPS, DISPUTE_PARTS, type TemplateId } from '../model'
import type { Report } from '../types'
import type { NestedMessage } from '../../i18n/format'
import { nested, said } from '../../i18n/said'
import { shownValue } from '../../i18n/kinds'
import { disputeRow, isBlank, num, pushFinding, pushNotAssessable, sumOrNull, type CheckResult } from './common'
import { isRecord } from '../objects'

interface TableRow {
  /** Flat path of the row, the finding's field. */
  readonly field: string
  /** Keys leading to the row object, e.g. ['requests', 'denied', 'stateSecret']. */
  readonly segments: readonly string[]
  readonly cells: readonly CellDef[]
}

/** Rows of tables 三 and 四 with their cells, per format — computed once. */
function buildRows(template: TemplateId): TableRow[] {
  const rows = new Map<string, TableRow>()
  for (const def of cellsFor(template)) {
    if (def.table === 'proactive') continue
    let row = rows.get(def.row)
    if (!row) {
      row = { field: def.row, segments: def.segments.slice(0, -1), cells: [] }
      rows.set(def.row, row)
    }
    ;(row.cells as CellDef[]).push(def)
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
  const template = report.template
  for (const row of tableRows(template)) {
    const cells = rowObject(report, row)
    let blanks: CellDef[] | undefined
    for (const def of row.cells) {
      const v = cells?.[def.column]
      if (isCount(v)) continue
      if (isBlank(v)) (blanks ??= []).push(def)
      else pushIntegerFinding(report, row, def, v, out)
    }
    if (!blanks) continue
    const paths = blanks.map((def) => def.path)
    const all = blanks.length === row.cells.length
    pushFinding(out, report, 'complete', {
      field: row.field,
      cells: paths,
      ...(all
        ? said('finding.complete.row', { row: row.field, template, count: blanks.length })
        : said('finding.complete.cells', { row: row.field, template, count: blanks.length, cells: paths })),
    })
  }
}

/** A cell's value as a message parameter: the number, text or boolean it is; anything else as its text, unquoted. */
function asParam(v: unknown): string | number | boolean | NestedMessage {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v
  return nested('text', { text: String(v) })
}

function pushIntegerFinding(report: Report, row: TableRow, def: CellDef, v: unknown, out: CheckResult): void {
  const why =
    typeof v !== 'number'
      ? nested('finding.integer.notNumber')
      : !Number.isFinite(v)
        ? nested('finding.integer.notFinite')
        : v < 0
          ? nested('finding.integer.negative')
          : nested('finding.integer.fraction')
  pushFinding(out, report, 'integer', {
    field: row.field,
    column: def.column,
    actual: typeof v === 'number' && Number.isFinite(v) ? v : shownValue(v, 'zh'),
    cells: [def.path],
    ...said('finding.integer', { row: row.field, template: report.template, cell: def.path, value: asParam(v), why }),
  })
}

export function checkReviewSums(report: Report, out: CheckResult): void {
  const blankGroups: string[] = []
  for (const group of DISPUTE_GROUPS) {
    const cells = disputeRow(report, group.key)
    const total = num(cells?.total)
    const sum = sumOrNull(cells, DISPUTE_PARTS)
    if (sum === null || total === null) {
      blankGroups.push(group.key)
      continue
    }
    if (sum === total) continue
    pushFinding(out, report, 'review-sum', {
      field: group.key,
      column: 'total',
      expected: sum,
      actual: total,
      cells: [...DISPUTE_PARTS, 'total'].map((c) => `${group.key}.${c}`),
      ...said('finding.review-sum', { group: group.key, sum, total }),
    })
  }
  if (blankGroups.length > 0)
    pushNotAssessable(out, report, 'review-sum', said('na.review-sum', { groups: blankGroups }))
}
