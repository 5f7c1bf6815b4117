/**
 * The canonical reports as Parquet (SPEC §5, "analysis beyond the browser"), for DuckDB on one
 * machine or a cluster SQL engine; `docs/analysis/*.sql` reproduce the board's figures from them.
 *
 * Two tables, each with a schema that never depends on the data (so files of different years,
 * or of reports of only one format, read as one table):
 * - **wide** (`reports`): one row per report. Identity columns, then every flat key path of SPEC §2
 *   of both formats as its own typed column, NULL where the report's format has no such cell.
 * - **long** (`cells`): one row per cell of the report's format, blanks included (NULL value):
 *   office, region, officeKind, year, field (flat key path), value — plus `text` for the one text
 *   cell (the procurement amount as printed), whose `value` is NULL.
 *
 * Types: counts and the 2019 format's signed `change` are INT64 (cells may hold any integer up to
 * 2^53, beyond INT32); amounts in 万元 are DOUBLE; text is UTF-8 STRING; `year` INT32;
 * `publishedAt` a DATE. In the long table `value` is DOUBLE (exact for every integer a cell may
 * hold). A blank cell is NULL, never 0.
 */
import { ByteWriter, ParquetWriter, type ColumnSource, type SchemaElement } from 'hyparquet-writer'
import { CELLS, cellsFor, type CellDef } from '../domain/cells'
import { InputError } from '../domain/errors'
import type { TemplateId } from '../domain/model'
import { cellValue, type RecordIdentity, type ReportRecord } from '../domain/record'
import { said, type Said } from '../i18n/said'

export type ParquetTable = 'wide' | 'long'

/** One file of a partitioned export, its path relative to the output directory (Hive layout). */
export interface ParquetPart {
  path: string
  year: number
  rows: number
  bytes: Uint8Array
}

/** File-level metadata key naming the table, so a reader can tell the two apart. */
export const TABLE_METADATA_KEY = 'disclosure-report-table'
/** File name of each table inside its year directory. */
export const PART_FILE: Record<ParquetTable, string> = { wide: 'reports.parquet', long: 'cells.parquet' }

/** Reports per row group: bounds the memory of one group's column arrays (and a reader's). */
const WIDE_GROUP = 10_000
const LONG_GROUP_REPORTS = 500

const DAY_MS = 86_400_000
const utf8 = (name: string, required: boolean): SchemaElement => ({
  name,
  type: 'BYTE_ARRAY',
  converted_type: 'UTF8',
  repetition_type: required ? 'REQUIRED' : 'OPTIONAL',
})
const IDENTITY_SCHEMA: SchemaElement[] = [
  utf8('office', true),
  utf8('region', false),
  utf8('officeKind', true),
  { name: 'year', type: 'INT32', repetition_type: 'REQUIRED' },
]
const WIDE_IDENTITY_SCHEMA: SchemaElement[] = [
  ...IDENTITY_SCHEMA,
  utf8('template', true),
  { name: 'publishedAt', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
]

function cellSchema(cell: CellDef): SchemaElement {
  if (cell.kind === 'text') return utf8(cell.path, false)
  if (cell.kind === 'amount') return { name: cell.path, type: 'DOUBLE', repetition_type: 'OPTIONAL' }
  return { name: cell.path, type: 'INT64', repetition_type: 'OPTIONAL' }
}

/** A Parquet schema is a tree: a root element, then its columns. */
const withRoot = (columns: SchemaElement[]): SchemaElement[] => [
  { name: 'root', num_children: columns.length },
  ...columns,
]
const WIDE_SCHEMA = withRoot([...WIDE_IDENTITY_SCHEMA, ...CELLS.map(cellSchema)])
const LONG_SCHEMA = withRoot([
  ...IDENTITY_SCHEMA,
  utf8('field', true),
  { name: 'value', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  utf8('text', false),
])

/** The columns of a table, in order, with their Parquet types (for documentation and tests). */
export function parquetColumns(table: ParquetTable): { name: string; type: string }[] {
  return (table === 'wide' ? WIDE_SCHEMA : LONG_SCHEMA).slice(1).map((e) => ({
    name: e.name,
    type: e.converted_type === 'UTF8' ? 'STRING' : e.converted_type === 'DATE' ? 'DATE' : String(e.type),
  }))
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))

function badCell(r: RecordIdentity, cell: CellDef, v: unknown, why: Said): InputError {
  return new InputError(said('parquet.report', { office: r.office, year: r.year }), {
    problems: [{ cell: cell.path, ...why, value: String(v) }],
  })
}

/** A cell's value checked against its kind: number (integer unless an amount), string or null. */
function checkedValue(r: RecordIdentity, cell: CellDef, v: unknown): number | string | null {
  if (isBlank(v)) return null
  if (cell.kind === 'text') {
    if (typeof v !== 'string') throw badCell(r, cell, v, said('cell.text'))
    return v
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badCell(r, cell, v, said('parquet.notNumber'))
  if (cell.kind !== 'amount' && !Number.isSafeInteger(v)) throw badCell(r, cell, v, said('parquet.notInteger'))
  return v
}

/** A cell's value as its wide column stores it: INT64 columns take bigints. */
function wideValue(r: RecordIdentity, cell: CellDef, v: unknown): bigint | number | string | null {
  const checked = checkedValue(r, cell, v)
  return typeof checked === 'number' && cell.kind !== 'amount' ? BigInt(checked) : checked
}

/** Days since 1970-01-01 (Parquet DATE) of an ISO date, or null. */
function dateDays(r: RecordIdentity, iso: string | null): number | null {
  if (iso === null || iso === '') return null
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN
  if (Number.isNaN(ms))
    throw new InputError(said('parquet.report', { office: r.office, year: r.year }), {
      problems: [{ cell: 'publishedAt', ...said('parquet.date'), value: iso }],
    })
  return Math.round(ms / DAY_MS)
}

/** Per format, per entry of CELLS: does the format print that cell? */
const IN_FORMAT: Record<TemplateId, readonly boolean[]> = {
  '2019': CELLS.map((c) => c.templates.includes('2019')),
  '2021': CELLS.map((c) => c.templates.includes('2021')),
}

function wideColumns(reports: readonly ReportRecord[]): ColumnSource[] {
  const n = reports.length
  const office = new Array<string>(n)
  const region = new Array<string | null>(n)
  const officeKind = new Array<string>(n)
  const year = new Array<number>(n)
  const template = new Array<string>(n)
  const publishedAt = new Array<number | null>(n)
  const cells = CELLS.map(() => new Array<bigint | number | string | null>(n))
  for (let i = 0; i < n; i++) {
    const r = reports[i]
    office[i] = r.office
    region[i] = r.region ?? null
    officeKind[i] = r.officeKind
    year[i] = r.year
    template[i] = r.template
    publishedAt[i] = dateDays(r, r.publishedAt ?? null)
    const has = IN_FORMAT[r.template]
    if (!has)
      throw new InputError(
        said('parquet.unknownTemplate', { office: r.office, year: r.year, template: String(r.template) }),
      )
    for (let c = 0; c < CELLS.length; c++) {
      const cell = CELLS[c]
      cells[c][i] = has[c] ? wideValue(r, cell, cellValue(r, cell)) : null
    }
  }
  // Min/max statistics only for year and publishedAt, which engines prune row groups by; for
  // ~230 cell columns they would cost more to write than they save.
  const identity: ColumnSource[] = [
    { name: 'office', data: office, statistics: false },
    { name: 'region', data: region, statistics: false },
    { name: 'officeKind', data: officeKind, statistics: false },
    { name: 'year', data: year },
    { name: 'template', data: template, statistics: false },
    { name: 'publishedAt', data: publishedAt },
  ]
  return [...identity, ...CELLS.map((cell, c) => ({ name: cell.path, data: cells[c], statistics: false }))]
}

function cellsOf(r: RecordIdentity): readonly CellDef[] {
  const list = cellsFor(r.template) as readonly CellDef[] | undefined
  if (!list)
    throw new InputError(
      said('parquet.unknownTemplate', { office: r.office, year: r.year, template: String(r.template) }),
    )
  return list
}

function longColumns(reports: readonly ReportRecord[]): ColumnSource[] {
  let n = 0
  for (const r of reports) n += cellsOf(r).length
  const office = new Array<string>(n)
  const region = new Array<string | null>(n)
  const officeKind = new Array<string>(n)
  const year = new Array<number>(n)
  const field = new Array<string>(n)
  const value = new Array<number | null>(n)
  const text = new Array<string | null>(n)
  let i = 0
  for (const r of reports) {
    const reg = r.region ?? null
    for (const cell of cellsOf(r)) {
      const v = checkedValue(r, cell, cellValue(r, cell))
      office[i] = r.office
      region[i] = reg
      officeKind[i] = r.officeKind
      year[i] = r.year
      field[i] = cell.path
      value[i] = typeof v === 'number' ? v : null
      text[i] = typeof v === 'string' ? v : null
      i++
    }
  }
  // Statistics (min/max per row group) are kept for `year` only: engines prune row groups by it,
  // and comparing every string for the others costs more than it saves.
  return [
    { name: 'office', data: office, statistics: false },
    { name: 'region', data: region, statistics: false },
    { name: 'officeKind', data: officeKind, statistics: false },
    { name: 'year', data: year },
    { name: 'field', data: field, statistics: false },
    { name: 'value', data: value, statistics: false },
    { name: 'text', data: text, statistics: false },
  ]
}

/**
 * One Parquet file of the given table holding `reports`, in their order. Throws InputError when
 * a cell cannot be stored in its column's type (a fraction in a count).
 */
export function writeParquet(reports: readonly ReportRecord[], table: ParquetTable): Uint8Array {
  const writer = new ByteWriter()
  const pq = new ParquetWriter({
    writer,
    schema: table === 'wide' ? WIDE_SCHEMA : LONG_SCHEMA,
    kvMetadata: [{ key: TABLE_METADATA_KEY, value: table }],
    createdBy: 'disclosure-report-board (政府信息公开年报监督台) via hyparquet-writer',
  })
  const step = table === 'wide' ? WIDE_GROUP : LONG_GROUP_REPORTS
  for (let from = 0; from < reports.length; from += step) {
    const chunk = reports.slice(from, from + step)
    const columnData = table === 'wide' ? wideColumns(chunk) : longColumns(chunk)
    // One row group per chunk: the columns of one chunk are all that is held at a time.
    void pq.write({ columnData, rowGroupSize: columnData[0].data.length || 1 })
  }
  void pq.finish()
  return writer.getBytes()
}

/**
 * The reports split by year into Hive-style parts (`year=2024/reports.parquet`), years ascending,
 * each holding that year's reports in their given order. Every part keeps its `year` column too,
 * so a reader that ignores the directory names still sees it. A generator: each part's bytes can
 * be written out before the next is built.
 */
export function* parquetParts(reports: readonly ReportRecord[], table: ParquetTable): Generator<ParquetPart> {
  const byYear = new Map<number, ReportRecord[]>()
  for (const r of reports) {
    const list = byYear.get(r.year)
    if (list) list.push(r)
    else byYear.set(r.year, [r])
  }
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const list = byYear.get(year)!
    yield {
      path: `year=${year}/${PART_FILE[table]}`,
      year,
      rows: table === 'wide' ? list.length : list.reduce((n, r) => n + cellsOf(r).length, 0),
      bytes: writeParquet(list, table),
    }
  }
}
