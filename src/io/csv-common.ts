/**
 * Shared by the wide and long CSV readers and writers: splitting text into rows with their file
 * line numbers, reading header and identity cells, and writing Excel-safe CSV.
 */
import Papa from 'papaparse'
import { InputError, type InputProblem } from '../domain/errors'
import { neutralizeFormula, restoreFormula } from './formula'
import { stopIfTooManyProblems } from './collector'
import { nested, said, type Said } from '../i18n/said'

/** Non-blank rows of a CSV file and the 1-based file line each starts on. */
export interface CsvTable {
  rows: string[][]
  lines: number[]
}

function guessDelimiter(text: string): string {
  const end = text.indexOf('\n')
  const first = end < 0 ? text : text.slice(0, end)
  const count = (d: string) => first.split(d).length - 1
  if (count(',') > 0) return ','
  if (count('\t') > 0) return '\t'
  if (count(';') > 0) return ';'
  return ','
}

const QUOTE_PROBLEM: Record<string, () => Said> = {
  MissingQuotes: () => said('csv.missingQuotes'),
  InvalidQuotes: () => said('csv.invalidQuotes'),
}

/**
 * Split CSV text into rows. Line ends may be CRLF, LF or CR alone; blank lines (also ",,,,")
 * are skipped; quoting errors become an InputError naming the line.
 */
export function parseCsvTable(text: string, fileName: string): CsvTable {
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  const parsed = Papa.parse<string[]>(normalized, {
    header: false,
    delimiter: guessDelimiter(normalized),
    newline: '\n',
    skipEmptyLines: false,
  })
  const data = parsed.data
  // Line of each parsed row: a quoted field may span several lines.
  const startLine: number[] = new Array(data.length)
  const mayHaveBreaks = normalized.includes('"')
  let line = 1
  for (let r = 0; r < data.length; r++) {
    startLine[r] = line
    line += 1
    if (!mayHaveBreaks) continue
    for (const field of data[r]) {
      if (field.includes('\n')) line += field.split('\n').length - 1
    }
  }
  const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes')
  if (quoteErrors.length > 0) {
    const problems = quoteErrors.map((e) => ({
      line: startLine[Math.min(e.row ?? 0, data.length - 1)] ?? 1,
      ...(QUOTE_PROBLEM[e.code]?.() ?? said('text', { text: e.message })),
    }))
    throw new InputError(said('csv.malformed'), { file: fileName, problems })
  }
  const rows: string[][] = []
  const lines: number[] = []
  for (let r = 0; r < data.length; r++) {
    if (isBlankRow(data[r])) continue
    rows.push(data[r])
    lines.push(startLine[r])
  }
  return { rows, lines }
}

/** A data row whose cell count differs from the header's, as a problem naming its line. */
function rowWidthProblem(row: readonly string[], header: readonly string[], line: number): InputProblem | null {
  if (row.length === header.length) return null
  return { line, ...said('csv.rowWidth', { cells: row.length, columns: header.length }) }
}

/**
 * The data rows after the header with their file lines. A row of the wrong width becomes a
 * problem and is skipped; the file is refused at once when too many problems are found.
 */
export function* dataRows(
  table: CsvTable,
  headerRow: number,
  header: readonly string[],
  problems: InputProblem[],
  fileName: string | undefined,
): Generator<{ row: string[]; line: number }> {
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r]
    const line = table.lines[r]
    stopIfTooManyProblems(problems, fileName, () => nested('where.readingLine', { line }))
    const width = rowWidthProblem(row, header, line)
    if (width) problems.push(width)
    else yield { row, line }
  }
}

export function isBlankRow(row: readonly string[]): boolean {
  for (const f of row) if (f.trim() !== '') return false
  return true
}

/** A header cell as written, for messages: trimmed, BOM removed. */
export function headerText(raw: string): string {
  return raw.replace(/^\ufeff/, '').trim()
}

/** Identity text from a cell: our own exports may carry an apostrophe against formulas. */
export function identityText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const t = restoreFormula(raw.trim())
  return t === '' ? undefined : t
}

// ---------------------------------------------------------------------------------------------
// Writing

function csvField(value: string): string {
  const v = neutralizeFormula(value)
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** Rows to CSV text: CRLF line ends (what Excel writes), formula-safe cells, optional BOM. */
export function csvDocument(rows: readonly (readonly string[])[], bom = false): string {
  const lines = rows.map((r) => r.map(csvField).join(','))
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`
}

/** A cell value as CSV text: blank → empty. */
export function cellText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v)
}
