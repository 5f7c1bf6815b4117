/**
 * The canonical JSON document (SPEC §2): `{ format: 'disclosure-report', version: 1, reports }`.
 * Reading also accepts a bare array of reports or one report object; `findings` is ignored on
 * import. Nothing here recurses over the input, so absurdly deep nesting cannot crash it.
 */
import { InputError, shorten, type InputProblem } from '../domain/errors'
import { isRecord, own } from '../domain/objects'
import { reportOf, type ReportRecord } from '../domain/record'
import { reportKey } from '../domain/report'
import type { CanonicalDocument, Finding } from '../domain/types'
import {
  MAX_REPORTS_PER_FILE,
  ReportCollector,
  stopIfTooManyProblems,
  tooManyReports,
  type ReadHints,
} from './collector'
import { readJsonReport } from './json-report'
import { asNested, nested, said } from '../i18n/said'
const DOCUMENT_KEYS = new Set(['format', 'version', 'reports'])
const EXAMPLE = '{"format": "disclosure-report", "version": 1, "reports": […]}'

// ---------------------------------------------------------------------------------------------
// A small iterative JSON scanner: where a syntax error is (JSON.parse does not always say), and
// on which line each report of the list begins (for messages).

interface ScanResult {
  errorAt: number | null
  /** Offsets where the elements of the report list begin (root array, or root `reports`). */
  reportStarts: number[]
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y

/** Index after the string starting at `i`, or -(offset of the error + 1). */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x22) return j + 1
    if (c < 0x20) return -(j + 1)
    if (c === 0x5c) {
      const e = text[j + 1]
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1)
        j += 5
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 1
      else return -(j + 1)
    }
  }
  return -(text.length + 1)
}

export function scanJson(text: string): ScanResult {
  const stack: string[] = []
  const reportStarts: number[] = []
  let listDepth = -1
  let rootKey = ''
  type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end'
  let expect: Expect = 'value'
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'commaOrClose')
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < text.length) {
    const c = text[i]
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++
      continue
    }
    const fail = (at = i): ScanResult => ({ errorAt: at, reportStarts })
    if (expect === 'value' || expect === 'valueOrClose') {
      if (expect === 'valueOrClose' && c === ']') {
        stack.pop()
        i++
        expect = afterValue()
        continue
      }
      if (stack.length === listDepth) reportStarts.push(i)
      if (c === '{' || c === '[') {
        stack.push(c)
        if (c === '[' && (stack.length === 1 || (stack.length === 2 && stack[0] === '{' && rootKey === 'reports')))
          listDepth = stack.length
        i++
        expect = c === '{' ? 'keyOrClose' : 'valueOrClose'
        continue
      }
      if (c === '"') {
        const end = skipString(text, i)
        if (end < 0) return fail(-end - 1)
        i = end
      } else {
        LITERAL.lastIndex = i
        if (!LITERAL.test(text)) return fail()
        i = LITERAL.lastIndex
      }
      expect = afterValue()
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (expect === 'keyOrClose' && c === '}') {
        stack.pop()
        i++
        expect = afterValue()
        continue
      }
      if (c !== '"') return fail()
      const end = skipString(text, i)
      if (end < 0) return fail(-end - 1)
      if (stack.length === 1) rootKey = text.slice(i + 1, end - 1)
      i = end
      expect = 'colon'
    } else if (expect === 'colon') {
      if (c !== ':') return fail()
      i++
      expect = 'value'
    } else if (expect === 'commaOrClose') {
      const top = stack[stack.length - 1]
      if (c === ',') expect = top === '{' ? 'key' : 'value'
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop()
        expect = afterValue()
      } else return fail()
      i++
    } else return fail()
  }
  return { errorAt: expect === 'end' ? null : text.length, reportStarts }
}

/** 1-based line of each offset (ascending), in one pass over the text. */
function linesOf(text: string, offsets: readonly number[]): number[] {
  const out: number[] = []
  let line = 1
  let next = text.indexOf('\n')
  for (const offset of offsets) {
    while (next >= 0 && next < offset) {
      line++
      next = text.indexOf('\n', next + 1)
    }
    out.push(line)
  }
  return out
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

function syntaxError(text: string, error: unknown, fileName: string): InputError {
  let offset = scanJson(text).errorAt
  if (offset === null) {
    const m = /position (\d+)/.exec(error instanceof Error ? error.message : '')
    offset = m ? Number(m[1]) : null
  }
  if (offset === null) return new InputError(said('json.invalid'), { file: fileName })
  const { line, column } = lineAndColumn(text, offset)
  const near = text.slice(offset, offset + 20).split('\n')[0]
  const problem = offset >= text.length ? said('json.unexpectedEnd', { column }) : said('json.syntax', { column })
  return new InputError(said('json.invalid'), {
    file: fileName,
    problems: [{ line, ...problem, value: offset >= text.length ? undefined : near }],
  })
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Deepest nesting read. Reports nest 6 levels; JSON.parse slows more than linearly with depth
 * (a million levels take seconds, a few million minutes), so deeper files are refused unparsed.
 */
export const MAX_JSON_DEPTH = 20_000

/** Does the nesting of brackets (outside strings) go deeper than `limit`? One linear pass. */
function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) i++
        else if (d === 0x22) break
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

function reportList(doc: unknown, fileName: string, warnings: InputProblem[]): unknown[] {
  if (Array.isArray(doc)) return doc
  if (!isRecord(doc)) throw new InputError(said('json.notReports', { example: EXAMPLE }), { file: fileName })
  if (!own(doc, 'format') && !own(doc, 'reports') && !own(doc, 'version')) {
    if (!own(doc, 'office') && !own(doc, 'year') && !own(doc, 'requests')) {
      throw new InputError(said('json.noReports', { example: EXAMPLE }), { file: fileName })
    }
    return [doc]
  }
  if (own(doc, 'format') && doc.format !== 'disclosure-report') {
    throw new InputError(said('json.wrongFormat', { format: shorten(doc.format) }), { file: fileName })
  }
  if (own(doc, 'version') && doc.version !== 1) {
    const newer = typeof doc.version === 'number' && doc.version > 1
    throw new InputError(said(newer ? 'json.newerVersion' : 'json.version', { version: shorten(doc.version) }), {
      file: fileName,
    })
  }
  if (!own(doc, 'reports') || !Array.isArray(doc.reports)) {
    throw new InputError(said('json.reportsNotArray'), { file: fileName })
  }
  for (const k of Object.keys(doc)) {
    if (!DOCUMENT_KEYS.has(k)) warnings.push({ cell: k, ...said('json.unknownKeyIgnored') })
  }
  return doc.reports
}

function withHints(raw: unknown, hints: ReadHints): unknown {
  if (!isRecord(raw) || (!hints.office && !hints.region && hints.year === undefined)) return raw
  // Spread copies own keys as data properties: a "__proto__" key stays a (reported) key.
  const copy: Record<string, unknown> = { ...raw }
  const blank = (k: string) => !own(raw, k) || raw[k] === null || raw[k] === ''
  if (hints.office && blank('office')) copy.office = hints.office
  if (hints.region && blank('region')) copy.region = hints.region
  if (hints.year !== undefined && blank('year')) copy.year = hints.year
  return copy
}

/** A report's office and year as it gives them, to name it in a message ('' when it gives neither). */
function describeRaw(raw: unknown): string {
  if (!isRecord(raw)) return ''
  const parts = [raw.office, raw.year].filter((v) => typeof v === 'string' || typeof v === 'number')
  return parts.map((v) => shorten(v, 30)).join(' ')
}

export interface JsonReadResult {
  records: ReportRecord[]
  warnings: InputProblem[]
}

/** Read the canonical JSON document (or a bare array / one report). Throws InputError listing every problem. */
export function readJsonText(raw: string, fileName: string, hints: ReadHints = {}): JsonReadResult {
  // A BOM (even two, from tools that add one to a file that had one) is not JSON.
  const text = raw.replace(/^\ufeff+/, '')
  if (nestedDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new InputError(said('json.tooDeep', { max: MAX_JSON_DEPTH }), { file: fileName })
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw syntaxError(text, error, fileName)
  }
  const warnings: InputProblem[] = []
  const list = reportList(doc, fileName, warnings)
  if (list.length === 0) throw new InputError(said('read.noReports'), { file: fileName })
  if (list.length > MAX_REPORTS_PER_FILE) throw tooManyReports(fileName)

  let starts: number[] | undefined
  const lineOf = (i: number): number | undefined => {
    starts ??= linesOf(text, scanJson(text).reportStarts)
    // A single report object is not in a list: it starts on the first line.
    return starts[i] ?? (Array.isArray(doc) || list.length > 1 ? undefined : 1)
  }
  const where = (i: number) => nested('where.report', { n: i + 1 })
  const problems: InputProblem[] = []
  const collector = new ReportCollector(problems, warnings, { lineOf, where, file: fileName })
  list.forEach((raw, i) => {
    stopIfTooManyProblems(problems, fileName, () => nested('where.readingReport', { n: i + 1 }))
    const { record, problems: found } = readJsonReport(withHints(raw, hints))
    const name = found.length > 0 ? describeRaw(raw) : ''
    for (const p of found) {
      const inReport = name
        ? said('problem.inNamedReport', { n: i + 1, name, problem: asNested(p) })
        : said('problem.inReport', { n: i + 1, problem: asNested(p) })
      problems.push({ ...p, line: lineOf(i), ...inReport })
    }
    if (record) collector.add(record, i)
  })
  if (problems.length > 0)
    throw new InputError(said('read.problems', { count: problems.length }), { file: fileName, problems })
  return { records: collector.records, warnings }
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * The canonical document, 1-space indent like the fixture. With `findings` (by reportKey), each
 * report carries its findings array (office and year are implied by the report).
 */
export function writeJson(
  records: readonly ReportRecord[],
  opts: { findings?: ReadonlyMap<string, Finding[]> } = {},
): string {
  const { findings } = opts
  const doc: CanonicalDocument = {
    format: 'disclosure-report',
    version: 1,
    reports: records.map((r) => {
      const c = reportOf(r)
      if (!findings) return c
      // SPEC §2's finding: without office and year (the report's) and without the message's id and parameters.
      const ownFindings = (findings.get(reportKey(r)) ?? []).map(
        ({ office: _o, year: _y, messageId: _m, params: _p, valueWords: _w, ...f }) => f,
      )
      return { ...c, findings: ownFindings }
    }),
  }
  return JSON.stringify(doc, null, 1)
}
