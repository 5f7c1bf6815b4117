/**
 * Long CSV (SPEC §2): `office, region, year, field, value`, one cell per row — what a database
 * export gives. Rows are grouped into reports by (office, year); `field` is a flat key path or a
 * Chinese label chain; officeKind, template and publishedAt may arrive as field rows.
 */
import { buildRecord } from '../domain/build'
import { CELL_BY_PATH, cellsFor, headerFor, IDENTITY_KEYS, resolveHeader, type CellDef } from '../domain/cells'
import { InputError, shorten, type InputProblem } from '../domain/errors'
import { normalizeLabel } from '../domain/labels'
import type { IdentityField } from '../domain/model'
import { cellValue, type ReportRecord } from '../domain/record'
import type { RawIdentity } from '../domain/validate'
import {
  applyHints,
  MAX_REPORTS_PER_FILE,
  ReportCollector,
  stopIfTooManyProblems,
  tooManyReports,
  type ReadHints,
} from './collector'
import { cellText, csvDocument, dataRows, headerText, identityText, type CsvTable } from './csv-common'
import { identityValue, type CsvReadResult } from './csv-wide'
import { restoreFormula } from './formula'
import { asNested, nested, said } from '../i18n/said'

const FIELD_NAMES = new Set(['field', '字段', '字段名', '字段名称', '项目', '项目名称', '指标', '指标名称'])
const VALUE_NAMES = new Set(['value', '数值', '值', '数据', '数量'])
const IDENTITY_SET = new Set<string>(IDENTITY_KEYS)

export interface LongColumns {
  field: number
  value: number
  identity: Map<IdentityField, number>
  /** Column key (`field`, `value`, identity key) → header as written. */
  written: Map<string, string>
}

const norm = (h: string) => normalizeLabel(headerText(h)).toLowerCase()

/** Is this the header of a long CSV? (It has a field and a value column.) */
export function isLongHeader(header: readonly string[]): boolean {
  const names = header.map(norm)
  return names.some((n) => FIELD_NAMES.has(n)) && names.some((n) => VALUE_NAMES.has(n))
}

function mapLongHeader(header: readonly string[], line: number, problems: InputProblem[]): LongColumns {
  const cols: LongColumns = { field: -1, value: -1, identity: new Map(), written: new Map() }
  header.forEach((raw, j) => {
    const name = headerText(raw)
    if (name === '') return
    const n = norm(raw)
    const key = FIELD_NAMES.has(n) ? 'field' : VALUE_NAMES.has(n) ? 'value' : resolveHeader(name)
    if (key === undefined || !(key === 'field' || key === 'value' || IDENTITY_SET.has(key))) {
      const why = key === undefined ? said('csv.unknownHeaderShort') : said('csv.cellAsColumn')
      problems.push({ line, cell: name, ...why })
      return
    }
    const prev = cols.written.get(key)
    if (prev !== undefined) {
      problems.push({ line, cell: name, ...said('csv.sameColumn', { previous: prev, key }) })
      return
    }
    cols.written.set(key, name)
    if (key === 'field') cols.field = j
    else if (key === 'value') cols.value = j
    else cols.identity.set(key as IdentityField, j)
  })
  return cols
}

interface Entry {
  raw: string
  line: number
  field: string
}

interface Group {
  /** Office and year as written (kept here, not parsed back out of the map key: names may hold any character). */
  office: string
  year: string
  firstLine: number
  identity: Map<IdentityField, Entry>
  cells: Map<string, Entry>
}

/** Read a long CSV whose header is `table.rows[headerRow]`. Throws InputError listing every problem. */
export function readLongCsv(
  table: CsvTable,
  headerRow: number,
  fileName: string,
  hints: ReadHints = {},
): CsvReadResult {
  const header = table.rows[headerRow]
  const headerLine = table.lines[headerRow]
  const problems: InputProblem[] = []
  const cols = mapLongHeader(header, headerLine, problems)
  if (!cols.identity.has('office') && !hints.office) problems.push({ line: headerLine, ...said('csv.noOfficeColumn') })
  if (!cols.identity.has('year') && hints.year === undefined)
    problems.push({ line: headerLine, ...said('csv.noYearColumn') })
  if (problems.length > 0)
    throw new InputError(said('csv.headerProblems', { count: problems.length }), { file: fileName, problems })

  const fieldHeader = cols.written.get('field') as string
  const valueHeader = cols.written.get('value') as string
  const warnings: InputProblem[] = []
  const resolved = new Map<string, string | undefined>()
  const groups = new Map<string, Group>()
  for (const { row, line } of dataRows(table, headerRow, header, problems, fileName)) {
    const rowIdentity: RawIdentity = {}
    for (const [key, j] of cols.identity) rowIdentity[key] = identityText(row[j])
    applyHints(rowIdentity, hints)
    const office = String(rowIdentity.office ?? '')
    const year = String(rowIdentity.year ?? '').normalize('NFKC')
    const groupKey = JSON.stringify([office, year])
    let group = groups.get(groupKey)
    if (!group) {
      if (groups.size >= MAX_REPORTS_PER_FILE) throw tooManyReports(fileName)
      group = { office, year, firstLine: line, identity: new Map(), cells: new Map() }
      groups.set(groupKey, group)
    }
    const put = (map: Map<string, Entry>, key: string, entry: Entry, what: string) => {
      const prev = map.get(key)
      if (!prev) map.set(key, entry)
      else if (prev.raw.trim() === entry.raw.trim()) {
        if (map === group.cells) warnings.push({ line, cell: what, ...said('csv.repeatedSame', { line: prev.line }) })
      } else {
        problems.push({
          line,
          cell: what,
          ...said('csv.repeatedDifferent', { line: prev.line, before: shorten(prev.raw), after: shorten(entry.raw) }),
        })
      }
    }
    for (const [key, j] of cols.identity) {
      if (key === 'office' || key === 'year') continue
      if (row[j].trim() !== '')
        put(
          group.identity,
          key,
          { raw: row[j], line, field: cols.written.get(key) as string },
          cols.written.get(key) as string,
        )
    }
    const fieldText = headerText(row[cols.field])
    const value = row[cols.value]
    if (fieldText === '') {
      if (value.trim() !== '') problems.push({ line, cell: fieldHeader, ...said('csv.noFieldName') })
      continue
    }
    if (!resolved.has(fieldText)) resolved.set(fieldText, resolveHeader(fieldText))
    const key = resolved.get(fieldText)
    if (key === undefined) {
      problems.push({
        line,
        cell: fieldHeader,
        ...said('csv.unknownField'),
        value: shorten(fieldText),
      })
    } else if (key === 'office' || key === 'year') {
      problems.push({
        line,
        cell: fieldHeader,
        ...said('csv.identityAsField'),
        value: fieldText,
      })
    } else if (IDENTITY_SET.has(key)) {
      if (value.trim() !== '') put(group.identity, key, { raw: value, line, field: fieldText }, fieldText)
    } else {
      put(group.cells, key, { raw: value, line, field: fieldText }, fieldText)
    }
  }

  const collector = new ReportCollector(problems, warnings, { file: fileName })
  for (const group of groups.values()) {
    stopIfTooManyProblems(problems, fileName, () => nested('where.checkingFrom', { line: group.firstLine }))
    const { office, year } = group
    const identity: RawIdentity = { office: office || undefined, year: year || undefined }
    for (const [key, e] of group.identity) identity[key] = identityText(e.raw)
    applyHints(identity, hints)
    const defs: CellDef[] = []
    const raws: string[] = []
    for (const [path, e] of group.cells) {
      defs.push(CELL_BY_PATH.get(path) as CellDef)
      raws.push(restoreFormula(e.raw))
    }
    const built = buildRecord(identity, defs, raws)
    for (const p of built.problems) {
      const cellEntry = p.cell === undefined ? undefined : group.cells.get(p.cell)
      if (cellEntry) {
        problems.push({
          ...p,
          line: cellEntry.line,
          cell: valueHeader,
          ...said('problem.inField', { field: cellEntry.field, problem: asNested(p) }),
        })
        continue
      }
      const idEntry = p.cell === undefined ? undefined : group.identity.get(p.cell as IdentityField)
      problems.push({
        ...p,
        line: idEntry?.line ?? group.firstLine,
        cell: idEntry?.field ?? (p.cell && cols.written.get(p.cell)) ?? p.cell,
      })
    }
    if (built.record) collector.add(built.record, group.firstLine)
  }
  if (problems.length > 0) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    throw new InputError(said('read.problems', { count: problems.length }), { file: fileName, problems })
  }
  const records = collector.records
  if (records.length === 0) throw new InputError(said('read.onlyHeader'), { file: fileName })
  return { records, warnings }
}

const LONG_HEADER = {
  keys: ['office', 'region', 'year', 'field', 'value'],
  zh: ['机关名称', '所属地区', '年度', '字段', '数值'],
}
const FIELD_ROWS = ['officeKind', 'template', 'publishedAt'] as const

/**
 * Long CSV of the reports: officeKind, template and publishedAt rows, then every cell of the
 * report's format, blanks included, so reading it back gives the same reports (narrative aside).
 */
export function writeLongCsv(
  records: readonly ReportRecord[],
  opts: { headers?: 'keys' | 'zh'; bom?: boolean } = {},
): string {
  const style = opts.headers ?? 'keys'
  const rows: string[][] = [LONG_HEADER[style]]
  for (const record of records) {
    const id = [record.office, record.region ?? '', String(record.year)]
    for (const key of FIELD_ROWS) rows.push([...id, headerFor(key, style), identityValue(record, key, style)])
    for (const cell of cellsFor(record.template))
      rows.push([...id, headerFor(cell.path, style), cellText(cellValue(record, cell))])
  }
  return csvDocument(rows, opts.bom)
}
