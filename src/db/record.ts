/**
 * How a report is kept in IndexedDB (schema v2): its identity as plain fields and every numeric
 * cell of its format in one Float64Array (NaN = blank), instead of ~40 nested objects with ~230
 * properties. Structured-cloning a typed array is a copy of bytes, so writing and reading 20,000
 * reports costs a fraction of the nested form (measured in docs/performance.md). Views still get
 * full `StoredReport` objects: `fromRecord` rebuilds one from a precomputed shape per format.
 */
import { cellsFor, getCell, type CellDef } from '../domain/cells'
import type { OfficeKind, TemplateId } from '../domain/model'
import { diffReports, identityChanges, narrativeChange, type CellChange } from '../domain/diff'
import { formatShape, type FormatShape, type ShapeNode } from '../domain/report'
import type { Narrative, Report, Sections } from '../domain/types'

/** A report as stored: the canonical report plus where it came from. */
export interface StoredReport extends Report {
  /** Batch that wrote this version of the report. */
  batchId: number
  /** File name it was read from. */
  sourceFile: string
}

/** A report in compact form (what the import worker sends the page). */
export interface ReportRecord {
  office: string
  year: number
  region: string | null
  officeKind: OfficeKind
  template: TemplateId
  publishedAt: string | null
  /** The numeric cells of `numericCells(template)`, in that order; NaN is a blank cell. */
  cells: Float64Array
  /** Text cells that hold a string (the printed procurement amount), by flat path. */
  texts?: Record<string, string>
  narrative?: Narrative
  /** The parts of the document the report was read from (only reports read from a document). */
  sections?: Sections
}

/** The row in the `reports` table: a record plus where it came from. */
export interface StoredRecord extends ReportRecord {
  batchId: number
  sourceFile: string
}

interface FormatLayout extends FormatShape {
  /** Every cell of the format in CELLS order, with its slot in `cells` (-1 for a text cell). */
  order: { cell: CellDef; slot: number }[]
}

function layoutOf(template: TemplateId): FormatLayout {
  const shape = formatShape(template)
  const slot = new Map(shape.numeric.map((c, i) => [c.path, i]))
  return { ...shape, order: cellsFor(template).map((cell) => ({ cell, slot: slot.get(cell.path) ?? -1 })) }
}

const LAYOUTS = new Map<TemplateId, FormatLayout>()

function layout(template: TemplateId): FormatLayout {
  let l = LAYOUTS.get(template)
  if (!l) {
    if (template !== '2019' && template !== '2021') throw new Error(`未知的报告格式：${String(template)}`)
    LAYOUTS.set(template, (l = layoutOf(template)))
  }
  return l
}

/** The numeric cells a record's `cells` array holds, in order. */
export function numericCells(template: TemplateId): readonly CellDef[] {
  return layout(template).numeric
}

/** The compact form of a report (only a record's own fields: never a spread of the nested report). */
export function toRecord(report: Report): ReportRecord {
  const l = layout(report.template)
  const cells = new Float64Array(l.numeric.length).fill(NaN)
  const source = report as unknown as Record<string, unknown>
  for (const part of l.parts) fill(part, source[part.key], cells)
  const record: ReportRecord = {
    office: report.office,
    year: report.year,
    region: report.region ?? null,
    officeKind: report.officeKind,
    template: report.template,
    publishedAt: report.publishedAt ?? null,
    cells,
  }
  for (const cell of l.text) {
    const v = getCell(report, cell)
    if (typeof v === 'string') (record.texts ??= {})[cell.path] = v
  }
  if (report.narrative && Object.keys(report.narrative).length) record.narrative = report.narrative
  if (report.sections) record.sections = report.sections
  return record
}

/** A record as stored by a batch from a file. */
export function storedRecord(record: ReportRecord, batchId: number, sourceFile: string): StoredRecord {
  return { ...record, batchId, sourceFile }
}

/** A stored report (with its batch and source) as a record. */
export function recordOf(report: StoredReport): StoredRecord {
  return storedRecord(toRecord(report), report.batchId, report.sourceFile)
}

/** Copy the numbers of a nested part into their slots (anything else stays NaN: blank). */
function fill(node: ShapeNode, value: unknown, cells: Float64Array): void {
  if (value === null || typeof value !== 'object') return
  const object = value as Record<string, unknown>
  for (const child of node.children!) {
    const v = object[child.key]
    if (child.children) fill(child, v, cells)
    else if (child.slot !== undefined && typeof v === 'number') cells[child.slot] = v
  }
}

/** A nested part rebuilt from the cells (and the record's text cells). */
function build(
  node: ShapeNode,
  cells: Float64Array,
  texts: Record<string, string> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const child of node.children!) {
    if (child.children) out[child.key] = build(child, cells, texts)
    else if (child.slot !== undefined) {
      const v = cells[child.slot]
      out[child.key] = v === v ? v : null // NaN (blank) → null
    } else if (typeof texts?.[child.text!] === 'string') out[child.key] = texts[child.text!]
  }
  return out
}

/** The stored report a row holds, in canonical key order (canonicalReport of what was stored). */
export function fromRecord(record: StoredRecord): StoredReport {
  return reportOf(record) as StoredReport
}

/** The full report a record holds (with `batchId`/`sourceFile` when the record has them). */
export function reportOf(record: ReportRecord & Partial<Pick<StoredRecord, 'batchId' | 'sourceFile'>>): Report {
  const l = layout(record.template)
  const cells = record.cells
  if (!(cells instanceof Float64Array) || cells.length !== l.numeric.length) {
    throw new Error(`内部错误：${record.office} ${record.year} 年的存储记录单元格数不对`)
  }
  const report = {
    office: record.office,
    region: record.region,
    officeKind: record.officeKind,
    year: record.year,
    template: record.template,
    publishedAt: record.publishedAt,
  } as Report
  const target = report as unknown as Record<string, unknown>
  for (const part of l.parts) target[part.key] = build(part, cells, record.texts)
  if (record.narrative) report.narrative = record.narrative
  if (record.sections) report.sections = record.sections
  if (record.batchId !== undefined) (report as StoredReport).batchId = record.batchId
  if (record.sourceFile !== undefined) (report as StoredReport).sourceFile = record.sourceFile
  return report
}

/** A row as schema v1 stored it (a nested report), for the upgrade. */
export function isNestedReport(value: unknown): value is StoredReport {
  return value !== null && typeof value === 'object' && 'requests' in value && !('cells' in value)
}

/**
 * What differs between two versions of one report, straight from their records: the same changes,
 * in the same order, as `diffReports` on the full reports (tested), without rebuilding them.
 */
export function diffRecords(before: ReportRecord, after: ReportRecord): CellChange[] {
  if (before.template !== after.template) return diffReports(reportOf(before), reportOf(after))
  const changes = identityChanges(before, after)
  const a = before.cells
  const b = after.cells
  for (const { cell, slot } of layout(before.template).order) {
    if (slot < 0) {
      const x = before.texts?.[cell.path] ?? null
      const y = after.texts?.[cell.path] ?? null
      if (x !== y) changes.push({ path: cell.path, before: x, after: y })
      continue
    }
    const x = a[slot]
    const y = b[slot]
    if (x === y || (x !== x && y !== y)) continue // equal, or both blank (NaN)
    changes.push({ path: cell.path, before: x === x ? x : null, after: y === y ? y : null })
  }
  changes.push(...narrativeChange(before, after))
  return changes
}
