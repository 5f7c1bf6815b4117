/**
 * Wide CSV (SPEC §2): one report per row; identity columns plus one column per cell, named by
 * flat key path or by its Chinese label chain. Every header must be understood: an unknown or
 * doubled column is an error, never dropped silently.
 */
import { buildRecord } from '../domain/build'
import { CELL_BY_PATH, cellsFor, headerFor, IDENTITY_KEYS, resolveHeader, type CellDef } from '../domain/cells'
import { InputError, type InputProblem } from '../domain/errors'
import { OFFICE_KINDS, type IdentityField, type TemplateId } from '../domain/model'
import { cellValue, type RecordIdentity, type ReportRecord } from '../domain/record'
import type { RawIdentity } from '../domain/validate'
import { applyHints, ReportCollector, type ReadHints } from './collector'
import { cellText, csvDocument, dataRows, headerText, identityText, type CsvTable } from './csv-common'
import { restoreFormula } from './formula'
import { said } from '../i18n/said'

const IDENTITY_SET = new Set<string>(IDENTITY_KEYS)

interface WideColumns {
  identity: Map<IdentityField, number>
  defs: CellDef[]
  indices: number[]
  /** Path or identity key → header as written in the file. */
  written: Map<string, string>
}

function mapHeader(table: CsvTable, headerRow: number, problems: InputProblem[]): WideColumns {
  const header = table.rows[headerRow]
  const headerLine = table.lines[headerRow]
  const cols: WideColumns = { identity: new Map(), defs: [], indices: [], written: new Map() }
  const firstColumn = new Map<string, string>()
  header.forEach((raw, j) => {
    const name = headerText(raw)
    if (name === '') {
      // Excel often leaves empty trailing columns; only one holding data matters.
      const used = table.rows.some((row, r) => r > headerRow && (row[j] ?? '').trim() !== '')
      if (used) problems.push({ line: headerLine, cell: `第 ${j + 1} 列`, ...said('csv.unnamedColumn') })
      return
    }
    const key = resolveHeader(name)
    if (key === undefined) {
      problems.push({ line: headerLine, cell: name, ...said('csv.unknownHeader') })
      return
    }
    const prev = firstColumn.get(key)
    if (prev !== undefined) {
      problems.push({ line: headerLine, cell: name, ...said('csv.sameColumn', { previous: prev, key }) })
      return
    }
    firstColumn.set(key, name)
    cols.written.set(key, name)
    if (IDENTITY_SET.has(key)) cols.identity.set(key as IdentityField, j)
    else {
      cols.defs.push(CELL_BY_PATH.get(key) as CellDef)
      cols.indices.push(j)
    }
  })
  return cols
}

export interface CsvReadResult {
  records: ReportRecord[]
  warnings: InputProblem[]
}

/** Read a wide CSV whose header is `table.rows[headerRow]`. Throws InputError listing every problem. */
export function readWideCsv(
  table: CsvTable,
  headerRow: number,
  fileName: string,
  hints: ReadHints = {},
): CsvReadResult {
  const header = table.rows[headerRow]
  const headerLine = table.lines[headerRow]
  const problems: InputProblem[] = []
  const cols = mapHeader(table, headerRow, problems)
  if (!cols.identity.has('office') && !hints.office) {
    problems.push({ line: headerLine, ...said('csv.noOfficeColumn') })
  }
  if (!cols.identity.has('year') && hints.year === undefined) {
    problems.push({ line: headerLine, ...said('csv.noYearColumn') })
  }
  if (problems.length > 0)
    throw new InputError(said('csv.headerProblems', { count: problems.length }), { file: fileName, problems })

  const warnings: InputProblem[] = []
  const collector = new ReportCollector(problems, warnings, { file: fileName })
  const identityKeys = [...cols.identity.keys()]
  for (const { row, line } of dataRows(table, headerRow, header, problems, fileName)) {
    const identity: RawIdentity = {}
    for (const key of identityKeys) identity[key] = identityText(row[cols.identity.get(key) as number])
    applyHints(identity, hints)
    const raws = cols.indices.map((j) => restoreFormula(row[j]))
    const built = buildRecord(identity, cols.defs, raws)
    for (const p of built.problems) {
      problems.push({ ...p, line, cell: p.cell === undefined ? undefined : (cols.written.get(p.cell) ?? p.cell) })
    }
    if (built.record) collector.add(built.record, line)
  }
  if (problems.length > 0) {
    throw new InputError(said('read.problems', { count: problems.length }), { file: fileName, problems })
  }
  const records = collector.records
  if (records.length === 0) throw new InputError(said('read.onlyHeader'), { file: fileName })
  return { records, warnings }
}

/** Cells written for a set of reports: 2021 cells first, then those only the 2019 format has. */
export function columnsFor(templates: ReadonlySet<TemplateId>): CellDef[] {
  const has2021 = templates.has('2021') || !templates.has('2019')
  const out: CellDef[] = has2021 ? [...cellsFor('2021')] : []
  if (templates.has('2019')) {
    for (const c of cellsFor('2019')) if (!has2021 || !c.templates.includes('2021')) out.push(c)
  }
  return out
}

export function officeKindText(report: Pick<RecordIdentity, 'officeKind'>, style: 'keys' | 'zh'): string {
  return style === 'zh'
    ? (OFFICE_KINDS.find((k) => k.key === report.officeKind)?.zh ?? report.officeKind)
    : report.officeKind
}

export function identityValue(report: RecordIdentity, key: IdentityField, style: 'keys' | 'zh'): string {
  if (key === 'officeKind') return officeKindText(report, style)
  return cellText(report[key])
}

/** Wide CSV of the records; narrative is not part of CSV. */
export function writeWideCsv(
  records: readonly ReportRecord[],
  opts: { headers?: 'keys' | 'zh'; bom?: boolean } = {},
): string {
  const style = opts.headers ?? 'keys'
  const cells = columnsFor(new Set(records.map((r) => r.template)))
  const rows: string[][] = [
    [...IDENTITY_KEYS.map((k) => headerFor(k, style)), ...cells.map((c) => headerFor(c.path, style))],
  ]
  for (const record of records) {
    rows.push([
      ...IDENTITY_KEYS.map((k) => identityValue(record, k, style)),
      ...cells.map((c) => cellText(cellValue(record, c))),
    ])
  }
  return csvDocument(rows, opts.bom)
}
