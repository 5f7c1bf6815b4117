/**
 * One entry point for every input file type of SPEC §2: canonical JSON, wide and long CSV
 * (UTF-8 or GB18030), and report documents (.txt/.md/.html/.htm/.docx/.pdf). Either the whole file is
 * read, or an InputError naming the file lists every problem — never a partial result.
 */
import { resolveHeader } from '../domain/cells'
import { InputError, type InputProblem } from '../domain/errors'
import type { ReportRecord } from '../domain/record'
import type { Finding } from '../domain/types'
import { parseCsvTable, type CsvTable } from './csv-common'
import { isLongHeader, readLongCsv } from './csv-long'
import { readWideCsv } from './csv-wide'
import { decodeText } from './encoding'
import { readJsonText } from './json'
import type { ReadHints } from './collector'
import { extensionOf } from './filename'
import { parseReportDocument } from './report/index'
import { said, type Said } from '../i18n/said'

export type { ReadHints } from './collector'

export type InputFormat =
  'json' | 'csv-wide' | 'csv-long' | 'report-text' | 'report-html' | 'report-docx' | 'report-pdf'

export interface ReadResult {
  /** The file's reports as compact records (domain/record.ts). */
  records: ReportRecord[]
  fileName: string
  format: InputFormat
  warnings: InputProblem[]
  /** Findings the report parser made while reading (e.g. a cell it could not read); none for JSON/CSV. */
  parseFindings: Finding[]
}

const DOCUMENT_EXTENSIONS = new Set(['txt', 'md', 'html', 'htm', 'docx', 'pdf'])
const SPREADSHEETS = new Set(['xlsx', 'xls', 'xlsm', 'et', 'ods', 'numbers'])

/** How many cells of a row are headers we know (identity, cell, or the long format's field/value). */
function knownHeaders(row: readonly string[]): number {
  let n = 0
  for (const h of row) if (h.trim() !== '' && resolveHeader(h) !== undefined) n++
  return n
}

/** The header row: the first row that reads as one; title rows above it are skipped. */
function locateHeader(table: CsvTable, warnings: InputProblem[]): number {
  const limit = Math.min(table.rows.length, 5)
  for (let r = 0; r < limit; r++) {
    if (isLongHeader(table.rows[r]) || knownHeaders(table.rows[r]) >= 2) {
      for (let t = 0; t < r; t++) warnings.push({ line: table.lines[t], ...said('read.headerSkipped') })
      return r
    }
  }
  return 0
}

function readCsvText(
  text: string,
  fileName: string,
  hints: ReadHints,
): Pick<ReadResult, 'records' | 'format' | 'warnings'> {
  const table = parseCsvTable(text, fileName)
  if (table.rows.length === 0) throw new InputError(said('read.empty'), { file: fileName })
  const skipped: InputProblem[] = []
  const headerRow = locateHeader(table, skipped)
  if (isLongHeader(table.rows[headerRow])) {
    const result = readLongCsv(table, headerRow, fileName, hints)
    return { records: result.records, format: 'csv-long', warnings: [...skipped, ...result.warnings] }
  }
  const result = readWideCsv(table, headerRow, fileName, hints)
  return { records: result.records, format: 'csv-wide', warnings: [...skipped, ...result.warnings] }
}

/** Without splitting the whole text: a report's first line is near its start. */
function firstNonBlankLine(text: string): string {
  let at = 0
  while (at < text.length) {
    let end = at
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
    const line = text.slice(at, end)
    if (line.trim() !== '') return line
    at = end + 1
  }
  return ''
}

/** A .txt that is really a table (Excel's "文本文件（制表符分隔）"), not a report's text. */
function looksLikeTable(text: string): boolean {
  const first = firstNonBlankLine(text.slice(0, 65536))
  const tabs = first.split('\t')
  const commas = first.split(',')
  const fields = tabs.length >= commas.length ? tabs : commas
  return fields.length >= 3 && (isLongHeader(fields) || knownHeaders(fields) >= 2)
}

/**
 * Largest file read. A province's reports for several years, every cell filled, make a CSV of
 * some tens of MB; past this, decoding and parsing would take the tab's memory (and a string
 * longer than ~512 MB cannot exist at all).
 */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1)

/** The refusal for a file over the size limit (checked before reading it into memory, too). */
export function sizeProblem(size: number): Said | null {
  if (size <= MAX_INPUT_BYTES) return null
  return said('read.tooBig', { size: megabytes(size), max: megabytes(MAX_INPUT_BYTES) })
}

/** Read one file. Throws InputError (naming the file) listing every problem; nothing partial. */
export async function readInputFile(fileName: string, bytes: Uint8Array, hints: ReadHints = {}): Promise<ReadResult> {
  const ext = extensionOf(fileName)
  if (bytes.length === 0) throw new InputError(said('read.emptyBytes'), { file: fileName })
  const tooBig = sizeProblem(bytes.length)
  if (tooBig) throw new InputError(tooBig, { file: fileName })
  if (SPREADSHEETS.has(ext)) {
    throw new InputError(said('read.spreadsheet'), { file: fileName })
  }
  if (ext === 'docx' || ext === 'html' || ext === 'htm' || ext === 'md' || ext === 'pdf')
    return readDocument(fileName, bytes, hints)
  // A PDF saved without its extension (a download named "attachment"): read as the PDF it is.
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d)
    return readDocument(fileName, bytes, hints)
  const { text } = decodeText(bytes, fileName)
  if (/^[\s\ufeff]*$/.test(text)) throw new InputError(said('read.emptyText'), { file: fileName })
  if (ext === 'txt') {
    if (!looksLikeTable(text)) return readDocument(fileName, bytes, hints, text)
    return { ...readCsvText(text, fileName, hints), fileName, parseFindings: [] }
  }
  const trimmed = text.trimStart()
  const isJson =
    ext === 'json' || (ext !== 'csv' && ext !== 'tsv' && (trimmed.startsWith('{') || trimmed.startsWith('[')))
  if (isJson) {
    const { records, warnings } = readJsonText(text, fileName, hints)
    return { records, fileName, format: 'json', warnings, parseFindings: [] }
  }
  if (ext === 'csv' || ext === 'tsv' || looksLikeTable(text)) {
    return { ...readCsvText(text, fileName, hints), fileName, parseFindings: [] }
  }
  throw new InputError(said('read.unknownType'), { file: fileName })
}

async function readDocument(fileName: string, bytes: Uint8Array, hints: ReadHints, text?: string): Promise<ReadResult> {
  const { record, findings, format } = await parseReportDocument({ fileName, bytes, text }, hints)
  return { records: [record], fileName, format, warnings: [], parseFindings: findings }
}

/** Whether a file is read as a report document (and so may need office/region/year hints). */
export function isReportDocument(fileName: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extensionOf(fileName))
}

// Keep the extension list in one place for callers that filter file pickers.
export const ACCEPTED_EXTENSIONS = ['json', 'csv', 'tsv', ...DOCUMENT_EXTENSIONS] as const
