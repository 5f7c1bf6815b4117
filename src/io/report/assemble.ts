/**
 * From the rows the walker read to the report's cell values (handed to the one record builder,
 * domain/build.ts), with a finding for every cell the parser could not fill with confidence: glued
 * digits with several splits ('parse-ambiguous'), rows or items printed without all their cells
 * ('parse-incomplete'), and text that is not a valid value ('parse-invalid'). Blank cells stay blank.
 */
import { CELL_BY_PATH, type CellDef } from '../../domain/cells'
import {
  APPLICANT_COLUMNS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  PROACTIVE_ITEMS,
  PROACTIVE_TEXT_FIELDS,
  outcomeRowsFor,
  requestRowsFor,
  type CellKind,
  type ProactiveItemDef,
  type TemplateId,
} from '../../domain/model'
import type { Finding } from '../../domain/types'
import type { NestedMessage } from '../../i18n/format'
import { nested, said, type Said } from '../../i18n/said'
import { readCell } from './cell-values'
import type { RowValues } from './collect'
import { formatSplit, resolveGlued, splitDigits, type GluedRow, type Identity, type PartGroup } from './glued'
import { OTHER_HANDLING_SUBROWS, type DisputeWalk, type ProactiveWalk, type TableWalk } from './tables'
import { foldCell } from './tokens'

type Emit = (f: Omit<Finding, 'severity' | 'office' | 'year' | 'message' | 'messageId' | 'params'> & Said) => void

const ROW_KEYS = [...new Set([...requestRowsFor('2021'), ...requestRowsFor('2019')].map((r) => r.key))]

/** What a row is called in a parse finding: a row of table 三, a group of table 四, an item of table 二. */
const rowName = (key: string) => nested('parse.label.row', { row: key })
const groupName = (key: string) => nested('parse.label.group', { group: key })
const itemName = (key: string, template: TemplateId) => nested('parse.label.item', { item: key, template })

// Paths and kinds built once, not per report: a batch converts thousands.
const REQUEST_PATHS = new Map<string, string[]>(
  ROW_KEYS.map((k) => [k, APPLICANT_COLUMNS.map((c) => `requests.${k}.${c.key}`)]),
)
const COUNT_KINDS = APPLICANT_COLUMNS.map(() => 'count' as const)
const DISPUTE_KINDS = DISPUTE_COLUMNS.map(() => 'count' as const)
const DISPUTE_PATHS = new Map<string, string[]>(
  DISPUTE_GROUPS.map((g) => [g.key, DISPUTE_COLUMNS.map((c) => `${g.key}.${c.key}`)]),
)
const ALL_DISPUTE_PATHS = DISPUTE_GROUPS.flatMap((g) => DISPUTE_PATHS.get(g.key) ?? [])
const ALL_DISPUTE_KINDS = DISPUTE_GROUPS.flatMap(() => DISPUTE_KINDS)
const PROACTIVE_PLAN = Object.fromEntries(
  (Object.keys(PROACTIVE_ITEMS) as TemplateId[]).map((t) => [
    t,
    PROACTIVE_ITEMS[t].map((item) => ({
      item,
      field: `proactive.${item.key}`,
      paths: item.fields.map((f) => `proactive.${item.key}.${f.key}`),
      kinds: item.fields.map((f) => f.kind),
    })),
  ]),
) as Record<TemplateId, { item: ProactiveItemDef; field: string; paths: string[]; kinds: CellKind[] }[]>

/** The cell values a document gives, last write of a cell winning, in the order first written. */
export class DocumentCells {
  private readonly byCell = new Map<CellDef, number | string | null>()
  constructor(readonly template: TemplateId) {}
  set(cell: CellDef | undefined, value: number | string | null): void {
    if (cell) this.byCell.set(cell, value)
  }
  setPath(path: string, value: number | string | null): void {
    this.set(CELL_BY_PATH.get(path), value)
  }
  get defs(): CellDef[] {
    return [...this.byCell.keys()]
  }
  get values(): (number | string | null)[] {
    return [...this.byCell.values()]
  }
}

// The cells of each row's paths, looked up once per (constant) paths array rather than per cell per report.
const rowCells = new WeakMap<readonly string[], readonly (CellDef | undefined)[]>()
function cellsOf(paths: readonly string[]): readonly (CellDef | undefined)[] {
  let cells = rowCells.get(paths)
  if (!cells) rowCells.set(paths, (cells = paths.map((p) => CELL_BY_PATH.get(p))))
  return cells
}

/** Write one row's cells; report what is missing or unreadable. */
function writeRow(
  report: DocumentCells,
  emit: Emit,
  field: string,
  label: NestedMessage,
  paths: readonly string[],
  values: RowValues,
  kinds: readonly ('count' | 'signed' | 'amount')[],
  unit?: string,
): (number | null)[] {
  const out: (number | null)[] = []
  const cells = cellsOf(paths)
  values.cells.forEach((token, j) => {
    const reading = readCell(token, kinds[j], unit)
    if (reading.why)
      emit({
        rule: 'parse-invalid',
        field,
        cells: [paths[j]],
        actual: token?.text ?? null,
        ...said('parse.invalid', { label, position: j + 1, text: String(token?.text), problem: reading.why }),
      })
    report.set(cells[j], reading.value)
    if (reading.printed !== undefined) {
      const text = PROACTIVE_TEXT_FIELDS.find(
        (f) => paths[j] === `proactive.${f.item}.amountWanYuan` && f.templates.includes(report.template),
      )
      if (text) report.setPath(`proactive.${text.item}.${text.key}`, reading.printed)
    }
    out.push(reading.value)
  })
  if (values.missing > 0) {
    const missing = paths.slice(paths.length - values.missing)
    emit({
      rule: 'parse-incomplete',
      field: CELL_BY_PATH.get(missing[0])?.row ?? field,
      cells: missing,
      ...said('parse.incomplete', {
        label,
        found: paths.length - values.missing,
        expected: paths.length,
        missing: values.missing,
      }),
    })
  }
  return out
}

/**
 * The split to use: the only one that fits; or, when none fits but there are exactly as many
 * digits as cells, the one-digit-per-cell reading (unambiguous; the rules then report the
 * arithmetic the report itself gets wrong).
 */
function chosenSplit(
  digits: string,
  cells: number,
  fits: readonly (readonly number[])[],
  complete: boolean,
): readonly number[] | undefined {
  if (fits.length === 1 && complete) return fits[0]
  if (fits.length === 0 && digits.length === cells) return [...digits].map(Number)
  return undefined
}

function ambiguous(
  emit: Emit,
  field: string,
  label: NestedMessage,
  paths: readonly string[],
  digits: string,
  splits: readonly (readonly number[])[],
  complete: boolean,
): void {
  const shown = splits.slice(0, 5).map(formatSplit)
  const count = `${splits.length}${complete ? '' : '+'}`
  const message =
    splits.length === 0
      ? said(complete ? 'parse.ambiguous.none' : 'parse.ambiguous.tooLong', { label, digits })
      : said(splits.length > 5 ? 'parse.ambiguous.many' : 'parse.ambiguous.some', {
          label,
          digits,
          count,
          splits: shown,
        })
  emit({ rule: 'parse-ambiguous', field, cells: [...paths], actual: digits, ...message })
}

const SEVEN: PartGroup[] = [{ size: APPLICANT_COLUMNS.length, summed: true }]

/** A 2021-format report printing （六）其他处理 as one row: its figures went to 3.其他; the other two sub-rows stay blank. */
function noteOtherHandlingAsOneRow(emit: Emit): void {
  const subRows = OTHER_HANDLING_SUBROWS
  emit({
    rule: 'parse-incomplete',
    field: 'requests.otherHandling',
    cells: subRows.flatMap((key) => REQUEST_PATHS.get(key) ?? []),
    ...said('parse.otherHandlingAsOneRow', { other: 'otherHandling.other', first: subRows[0], second: subRows[1] }),
  })
}

export function writeRequests(report: DocumentCells, emit: Emit, walk: TableWalk, template: TemplateId): void {
  if (walk.otherHandlingAsOneRow) noteOtherHandlingAsOneRow(emit)
  const known = new Map<string, (number | null)[]>()
  const glued: (GluedRow & { digits: string; complete: boolean })[] = []
  const pathsOf = (key: string) => REQUEST_PATHS.get(key) ?? []
  const kinds = COUNT_KINDS
  for (const row of requestRowsFor(template)) {
    const read = walk.rows.get(row.key)
    if (!read) continue
    if (read.values.glued) {
      const digits = foldCell(read.values.glued.text)
      const { splits, complete } = splitDigits(digits, SEVEN)
      glued.push({ key: row.key, digits, complete, candidates: splits })
      continue
    }
    known.set(
      row.key,
      writeRow(report, emit, `requests.${row.key}`, rowName(row.key), pathsOf(row.key), read.values, kinds),
    )
  }
  if (glued.length === 0) return
  const identities: Identity[] = [
    { plus: ['total'], minus: outcomeRowsFor(template).map((r) => r.key) },
    { plus: ['received', 'carriedOver'], minus: ['total', 'carriedForward'] },
  ]
  const resolved = resolveGlued(known, glued, identities, APPLICANT_COLUMNS.length)
  for (const g of glued) {
    const fits = resolved.get(g.key) ?? []
    const paths = pathsOf(g.key)
    const values = chosenSplit(g.digits, paths.length, fits, g.complete)
    if (values) values.forEach((v, j) => report.setPath(paths[j], v))
    else ambiguous(emit, `requests.${g.key}`, rowName(g.key), paths, g.digits, fits, g.complete)
  }
}

export function writeDisputes(report: DocumentCells, emit: Emit, walk: DisputeWalk): void {
  const kinds = DISPUTE_KINDS
  const groupPaths = (key: string) => DISPUTE_PATHS.get(key) ?? []
  const summed: PartGroup = { size: DISPUTE_COLUMNS.length, summed: true }
  const writeGlued = (
    field: string,
    label: NestedMessage,
    paths: readonly string[],
    read: RowValues,
    groups: PartGroup[],
  ) => {
    const digits = foldCell(read.glued?.text ?? '')
    const { splits, complete } = splitDigits(digits, groups)
    const values = chosenSplit(digits, paths.length, splits, complete)
    if (values) values.forEach((v, j) => report.setPath(paths[j], v))
    else ambiguous(emit, field, label, paths, digits, splits, complete)
  }
  if (walk.layout === 'row-per-group') {
    for (const group of DISPUTE_GROUPS) {
      const read = walk.rows.get(group.key)
      if (!read) continue
      const name = groupName(group.key)
      if (read.values.glued) writeGlued(group.key, name, groupPaths(group.key), read.values, [summed])
      else writeRow(report, emit, group.key, name, groupPaths(group.key), read.values, kinds)
    }
    return
  }
  const paths = ALL_DISPUTE_PATHS
  const label = nested('parse.label.disputes')
  if (walk.values.glued)
    writeGlued(
      'review',
      label,
      paths,
      walk.values,
      DISPUTE_GROUPS.map(() => summed),
    )
  else writeRow(report, emit, 'review', label, paths, walk.values, ALL_DISPUTE_KINDS)
}

export function writeProactive(report: DocumentCells, emit: Emit, walk: ProactiveWalk, template: TemplateId): void {
  for (const { item, field, paths, kinds } of PROACTIVE_PLAN[template]) {
    const read = walk.rows.get(item.key)
    if (!read) {
      emit({
        rule: 'parse-incomplete',
        field,
        cells: [...paths],
        ...said('parse.itemMissing', { item: item.key, template }),
      })
      continue
    }
    if (read.values.glued) {
      const digits = foldCell(read.values.glued.text)
      const countsOnly = item.fields.every((f) => f.kind === 'count')
      const { splits, complete } = countsOnly
        ? splitDigits(digits, [{ size: item.fields.length, summed: false }])
        : { splits: [], complete: false }
      const values = countsOnly ? chosenSplit(digits, paths.length, splits, complete) : undefined
      if (values) values.forEach((v, j) => report.setPath(paths[j], v))
      else ambiguous(emit, field, itemName(item.key, template), paths, digits, splits, complete)
      continue
    }
    writeRow(report, emit, field, itemName(item.key, template), paths, read.values, kinds, walk.units.get(item.key))
  }
}
