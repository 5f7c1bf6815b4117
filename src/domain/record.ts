/**
 * The one form of a report in flight: the compact record. Its identity as plain fields, every
 * numeric cell of its format in one Float64Array (NaN = blank, never 0), the printed text cells
 * and the narrative. Readers build it (build.ts), the import worker posts it (typed arrays clone
 * as bytes), the database stores it in pages, the column store and the checks read it. The nested
 * `Report` of SPEC §2 is a view made at the edges — one office's page, JSON output, a rule that
 * wants it — by `reportOf`, and `recordOf` packs a nested report (a backup, a test) back.
 *
 * A format's layout fixes which slot holds which cell: the format's numeric cells in CELLS order.
 * Stored pages depend on that order, so it never changes for an existing format.
 */
import { CELLS, cellsFor, type CellDef } from './cells'
import {
  APPLICANT_COLUMNS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  PROACTIVE_ITEMS,
  PROACTIVE_TEXT_FIELDS,
  SECTION_KEYS,
  requestRowsFor,
  type OfficeKind,
  type TemplateId,
} from './model'
import type { Narrative, Report, Sections } from './types'

/** The fields that say which report a record is (SPEC §2's identity columns). */
export interface RecordIdentity {
  office: string
  year: number
  region: string | null
  officeKind: OfficeKind
  template: TemplateId
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  publishedAt: string | null
}

export interface ReportRecord extends RecordIdentity {
  /** The numeric cells of `formatLayout(template).numeric`, in that order; NaN is a blank cell. */
  cells: Float64Array
  /** Text cells that hold a string (the printed procurement amount), by flat path. */
  texts?: Record<string, string>
  narrative?: Narrative
  /** The parts of the document the report was read from (only reports read from a document). */
  sections?: Sections
}

/** `slotOf` entry of a cell the format does not have. */
export const OTHER_FORMAT = -1
/** `slotOf` entry of a text cell of the format (kept in `texts`, not in `cells`). */
export const TEXT_CELL = -2

/** A node of the nested report: a table, row or group with children, or one cell. */
interface ShapeNode {
  key: string
  children?: ShapeNode[]
  /** Numeric cell: its slot. */
  slot?: number
  /** Text cell: its flat path. */
  text?: string
}

export interface FormatLayout {
  readonly template: TemplateId
  /** The format's numeric cells, in slot order. */
  readonly numeric: readonly CellDef[]
  /** The format's text cells. */
  readonly text: readonly CellDef[]
  /** For each cell of CELLS (by `CellDef.index`): its slot, TEXT_CELL or OTHER_FORMAT. */
  readonly slotOf: Int32Array
  /** requests, review, litigationDirect, litigationAfterReview, proactive: the nested report's tables. */
  readonly parts: readonly ShapeNode[]
}

/** The nested tables in canonical key order, read off the model (not off CELLS, whose proactive order differs). */
function buildParts(template: TemplateId, slot: (path: string) => number): ShapeNode[] {
  const leaf = (key: string, path: string): ShapeNode => ({ key, slot: slot(path) })
  const requests: ShapeNode = { key: 'requests', children: [] }
  for (const row of requestRowsFor(template)) {
    const [group, sub] = row.key.split('.')
    const columns = APPLICANT_COLUMNS.map((c) => leaf(c.key, `requests.${row.key}.${c.key}`))
    if (sub === undefined) {
      requests.children!.push({ key: group, children: columns })
      continue
    }
    let node = requests.children!.find((n) => n.key === group)
    if (!node) requests.children!.push((node = { key: group, children: [] }))
    node.children!.push({ key: sub, children: columns })
  }
  const disputes = DISPUTE_GROUPS.map((g): ShapeNode => ({
    key: g.key,
    children: DISPUTE_COLUMNS.map((c) => leaf(c.key, `${g.key}.${c.key}`)),
  }))
  const proactive: ShapeNode = {
    key: 'proactive',
    children: PROACTIVE_ITEMS[template].map((item) => {
      const fields = item.fields.map((f) => leaf(f.key, `proactive.${item.key}.${f.key}`))
      // Text cells last in their row (the printed amount beside the number it explains).
      for (const t of PROACTIVE_TEXT_FIELDS)
        if (t.item === item.key && t.templates.includes(template))
          fields.push({ key: t.key, text: `proactive.${item.key}.${t.key}` })
      return { key: item.key, children: fields }
    }),
  }
  return [requests, ...disputes, proactive]
}

function buildLayout(template: TemplateId): FormatLayout {
  const cells = cellsFor(template)
  const numeric = cells.filter((c) => c.kind !== 'text')
  const text = cells.filter((c) => c.kind === 'text')
  const slotOf = new Int32Array(CELLS.length).fill(OTHER_FORMAT)
  numeric.forEach((c, i) => (slotOf[c.index] = i))
  for (const c of text) slotOf[c.index] = TEXT_CELL
  const byPath = new Map(numeric.map((c, i) => [c.path, i]))
  const parts = buildParts(template, (path) => {
    const slot = byPath.get(path)
    if (slot === undefined) throw new Error(`内部错误：${path} 不是 ${template} 格式的数字单元格`)
    return slot
  })
  return { template, numeric, text, slotOf, parts }
}

const LAYOUTS: Record<TemplateId, FormatLayout> = { '2019': buildLayout('2019'), '2021': buildLayout('2021') }

export function formatLayout(template: TemplateId): FormatLayout {
  const layout = LAYOUTS[template]
  if (!layout) throw new Error(`未知的报告格式：${String(template)}`)
  return layout
}

/** A new cells array of the format, every cell blank. */
export function blankCells(template: TemplateId): Float64Array {
  return new Float64Array(formatLayout(template).numeric.length).fill(NaN)
}

const SLAB_CELLS = 1 << 18

/**
 * Blank cells arrays cut from shared slabs: a reader building 100,000 records allocates a few
 * hundred buffers instead of 100,000 (which cost 0.4 s in the import worker). A record's cells are
 * then a view into a slab, which stays alive while any of its records does — fine for a file's
 * records, which live and die together; copy (`slice`) a record's cells to keep it alone.
 */
export class CellSlab {
  private slab = new Float64Array(0)
  private at = 0
  blank(template: TemplateId): Float64Array {
    const n = formatLayout(template).numeric.length
    if (this.at + n > this.slab.length) {
      this.slab = new Float64Array(Math.max(SLAB_CELLS, n)).fill(NaN)
      this.at = 0
    }
    return this.slab.subarray(this.at, (this.at += n))
  }
}

/**
 * Records packed together: identities and other fields as plain objects, every record's cells in
 * one array — for a postMessage (transferable, so a file's 165 MB of cells cross threads without a
 * copy and without 100,000 typed arrays to clone) and for the stored pages of db/.
 */
export interface PackedRecords<R extends ReportRecord = ReportRecord> {
  entries: Omit<R, 'cells'>[]
  cells: Float64Array
}

export function packRecords<R extends ReportRecord>(records: readonly R[]): PackedRecords<R> {
  let length = 0
  for (const r of records) length += r.cells.length
  const cells = new Float64Array(length)
  const entries: Omit<R, 'cells'>[] = []
  let at = 0
  for (const r of records) {
    cells.set(r.cells, at)
    at += r.cells.length
    const { cells: _cells, ...entry } = r
    entries.push(entry)
  }
  return { entries, cells }
}

/**
 * The records of a pack, each entry with its format's number of cells as a view into the pack's
 * array (no copy). `what` names the pack in the internal error a pack that does not add up gives.
 */
export function unpackRecords<R extends ReportRecord>(packed: PackedRecords<R>, what = '打包的报告'): R[] {
  const out: R[] = []
  let at = 0
  for (const entry of packed.entries) {
    const n = formatLayout(entry.template).numeric.length
    if (at + n > packed.cells.length) throw new Error(`内部错误：${what}的单元格不足`)
    out.push({ ...entry, cells: packed.cells.subarray(at, (at += n)) } as R)
  }
  if (at !== packed.cells.length) throw new Error(`内部错误：${what}的单元格数与报告不符`)
  return out
}

/** A cell's value in a record: a number, the printed text of a text cell, or null (blank or not in the format). */
export function cellValue(record: ReportRecord, cell: CellDef): number | string | null {
  const slot = formatLayout(record.template).slotOf[cell.index]
  if (slot >= 0) {
    const v = record.cells[slot]
    return v === v ? v : null // NaN (blank) → null
  }
  return slot === TEXT_CELL ? (record.texts?.[cell.path] ?? null) : null
}

/** A numeric cell's value, null when blank or not in the format. */
export function cellNumber(record: ReportRecord, cell: CellDef): number | null {
  const slot = formatLayout(record.template).slotOf[cell.index]
  if (slot < 0) return null
  const v = record.cells[slot]
  return v === v ? v : null
}

/** The identity fields of a record, in canonical order (for a view or a copy). */
export function identityFields(r: RecordIdentity): RecordIdentity {
  return {
    office: r.office,
    region: r.region ?? null,
    officeKind: r.officeKind,
    year: r.year,
    template: r.template,
    publishedAt: r.publishedAt ?? null,
  }
}

function build(node: ShapeNode, cells: Float64Array, texts: Record<string, string> | undefined): unknown {
  if (node.slot !== undefined) {
    const v = cells[node.slot]
    return v === v ? v : null
  }
  const out: Record<string, unknown> = {}
  for (const child of node.children!) {
    if (child.text !== undefined) {
      const t = texts?.[child.text]
      if (typeof t === 'string') out[child.key] = t
    } else out[child.key] = build(child, cells, texts)
  }
  return out
}

/** The nested report a record holds, in canonical key order (SPEC §2). */
export function reportOf(record: ReportRecord): Report {
  const layout = formatLayout(record.template)
  if (!(record.cells instanceof Float64Array) || record.cells.length !== layout.numeric.length) {
    throw new Error(`内部错误：${record.office} ${record.year} 年的记录单元格数不对`)
  }
  const report = identityFields(record) as unknown as Record<string, unknown>
  for (const part of layout.parts) report[part.key] = build(part, record.cells, record.texts)
  if (record.narrative) report.narrative = record.narrative
  if (record.sections) report.sections = record.sections
  return report as unknown as Report
}

/** Copy the numbers of a nested part into their slots (anything that is not a number stays blank). */
function fill(node: ShapeNode, value: unknown, cells: Float64Array, texts: Record<string, string>): void {
  if (value === null || typeof value !== 'object') return
  const object = value as Record<string, unknown>
  for (const child of node.children!) {
    const v = object[child.key]
    if (child.children) fill(child, v, cells, texts)
    else if (child.text !== undefined) {
      if (typeof v === 'string') texts[child.text] = v
    } else if (typeof v === 'number') cells[child.slot!] = v
  }
}

/**
 * The record of a nested report that is already canonical in content (built in code, a stored
 * version kept for undo, a backup): cells of the format copied, anything else ignored. Untrusted
 * input goes through a reader and build.ts instead, which names every problem.
 */
export function recordOf(report: Report): ReportRecord {
  const layout = formatLayout(report.template)
  const cells = blankCells(report.template)
  const texts: Record<string, string> = {}
  const source = report as unknown as Record<string, unknown>
  for (const part of layout.parts) fill(part, source[part.key], cells, texts)
  const record: ReportRecord = { ...identityFields(report), cells }
  if (Object.keys(texts).length) record.texts = texts
  const narrative = cleanNarrative(report.narrative)
  if (narrative) record.narrative = narrative
  const sections = cleanSections(report.sections)
  if (sections) record.sections = sections
  return record
}

/** The parts a document had, in the parts' order (an empty object stays: a document with no part headings). */
export function cleanSections(s: Sections | undefined): Sections | undefined {
  if (!s || typeof s !== 'object') return undefined
  const out: Sections = {}
  for (const k of SECTION_KEYS) if (typeof s[k] === 'number') out[k] = s[k]
  return out
}

/** The narrative's non-empty texts in canonical order, or undefined when it has none. */
export function cleanNarrative(n: Narrative | undefined): Narrative | undefined {
  if (!n) return undefined
  const out: Narrative = {}
  for (const k of ['overview', 'problems', 'other'] as const) {
    if (typeof n[k] === 'string' && n[k]) out[k] = n[k]
  }
  return Object.keys(out).length ? out : undefined
}

/** A record with every cell blank. */
export function emptyRecord(identity: RecordIdentity): ReportRecord {
  return { ...identityFields(identity), cells: blankCells(identity.template) }
}
