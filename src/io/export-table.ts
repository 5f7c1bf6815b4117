/**
 * Any table the app shows (rankings, findings, rectification list, coverage) as CSV or XLSX for a
 * clerk who opens it in Excel or WPS.
 *
 * CSV: UTF-8 with BOM (so Excel detects the encoding), CRLF line ends, RFC 4180 quoting, one
 * header row then the data — no title or filter lines, so the file sorts, filters and re-imports
 * cleanly (the XLSX carries the filters). Text cells go through neutralizeFormula (in csvDocument). Numbers are
 * written unquoted. Rates are written as percentages with 2 decimals (12.35) and the header says
 * so ("公开率（%）"): still a number Excel can sum and sort, and readable without a cell format —
 * a bare fraction (0.1235) is what clerks misread, and "12.3%" text is lost by other tools.
 * Blank (null) is an empty cell, never 0; the UI's "—" is not written, so numeric columns stay
 * numeric.
 *
 * XLSX: sheet 1 "筛选条件" states the title, filters, metric definitions (notes) and the export
 * time; sheet 2 "数据" holds the table with numbers as numbers, rates as fractions with a 0.0%
 * format, a bold frozen header with an auto-filter, and widths fitted to the content. Text is
 * written as plain string cells: a string cell is never evaluated, so "=cmd" stays text and the
 * exact office name is kept (no apostrophe); we never write a {formula} value.
 *
 * ExcelJS is imported dynamically so the browser bundle loads it only when a clerk exports.
 */
import { csvDocument } from './csv-common'

export type ExportColumnKind = 'text' | 'count' | 'rate' | 'number'

export interface ExportColumn {
  key: string
  header: string
  kind: ExportColumnKind
}

export interface ExportTable {
  title: string
  filters: { label: string; value: string }[]
  columns: ExportColumn[]
  rows: Record<string, string | number | null>[]
  /** E.g. metric definitions; written on the filter sheet. */
  notes?: string[]
}

export const FILTER_SHEET = '筛选条件'
export const DATA_SHEET = '数据'
export const BLANK_NOTE = '空白单元格表示无数据（原表空白，或比率的分母为 0），界面中显示为“—”，不等于 0。'

/** Header of a rate column in CSV, where rates are written in percent. */
export function csvHeader(column: ExportColumn): string {
  return column.kind === 'rate' && !/[%％]/.test(column.header) ? `${column.header}（%）` : column.header
}

/** Round away float noise without ever producing exponent notation for normal values. */
function plainNumber(v: number, decimals: number): string {
  const rounded = Number(v.toFixed(decimals))
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

function csvCell(v: string | number | null | undefined, kind: ExportColumnKind): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v // csvDocument neutralises and quotes
  if (!Number.isFinite(v)) return ''
  if (kind === 'text') return String(v)
  if (kind === 'rate') return plainNumber(v * 100, 2)
  return plainNumber(v, kind === 'count' ? 6 : 4)
}

export function tableToCsv(t: ExportTable): string {
  const rows: string[][] = [t.columns.map(csvHeader)]
  for (const row of t.rows) rows.push(t.columns.map((c) => csvCell(row[c.key], c.kind)))
  return csvDocument(rows, true)
}

// ---------------------------------------------------------------------------------------------
// XLSX

const NUMBER_FORMATS: Record<ExportColumnKind, string | undefined> = {
  text: '@',
  count: '0',
  rate: '0.0%',
  number: undefined,
}

/** Display width: CJK and full-width characters take two columns. */
function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1
  return w
}

function shownText(v: string | number | null | undefined, kind: ExportColumnKind): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number' && kind === 'rate') return `${(v * 100).toFixed(1)}%`
  return String(v)
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** Local time as a clerk writes it: 2025-01-20 14:03. */
export function formatExportTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

function xlsxValue(v: string | number | null | undefined, kind: ExportColumnKind): string | number | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') return v
  if (!Number.isFinite(v)) return null
  if (kind === 'text') return String(v)
  return Number(v.toFixed(kind === 'rate' ? 8 : 6))
}

export async function tableToXlsx(t: ExportTable, options: { exportedAt?: Date } = {}): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default
  const wb = new ExcelJS.Workbook()
  wb.creator = '政府信息公开年报监督台'
  const exportedAt = options.exportedAt ?? new Date()
  wb.created = exportedAt

  const info = wb.addWorksheet(FILTER_SHEET)
  info.getColumn(1).width = 22
  info.getColumn(2).width = 80
  const title = info.addRow([t.title])
  title.font = { bold: true, size: 14 }
  info.addRow([])
  info.addRow(['筛选条件']).font = { bold: true }
  if (t.filters.length === 0) info.addRow(['（无）', '全部数据'])
  for (const f of t.filters) info.addRow([f.label, f.value])
  info.addRow([])
  info.addRow(['说明']).font = { bold: true }
  for (const note of [...(t.notes ?? []), BLANK_NOTE]) {
    const row = info.addRow([note])
    info.mergeCells(row.number, 1, row.number, 2)
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' }
  }
  info.addRow([])
  info.addRow(['导出时间', formatExportTime(exportedAt)])
  info.addRow(['数据行数', t.rows.length])

  const data = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  data.columns = t.columns.map((c) => {
    let width = displayWidth(c.header)
    for (const row of t.rows) width = Math.max(width, displayWidth(shownText(row[c.key], c.kind)))
    return { key: c.key, width: Math.min(60, Math.max(8, width + 2)), style: { numFmt: NUMBER_FORMATS[c.kind] } }
  })
  // `columns` with headers would set them; written explicitly so the header row is plain text.
  const header = data.getRow(1)
  t.columns.forEach((c, i) => (header.getCell(i + 1).value = c.header))
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  for (const row of t.rows) data.addRow(t.columns.map((c) => xlsxValue(row[c.key], c.kind)))
  if (t.columns.length > 0) data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } }

  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
