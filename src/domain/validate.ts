/**
 * Turning an untrusted record (parsed JSON, or a CSV row gathered by flat key path) into a
 * canonical Report, or a list of problems naming each bad cell. Nothing is dropped silently:
 * an unknown key is a problem, so is a cell of the other format holding a value.
 */
import { CELL_BY_PATH, cellsFor, setCell, type CellDef } from './cells'
import { shorten, type InputProblem } from './errors'
import { FORMAT_2021_FIRST_YEAR, OFFICE_KINDS, SECTION_KEYS, type OfficeKind, type TemplateId } from './model'
import { emptyReport, inferOfficeKind } from './report'
import type { Narrative, Report, Sections } from './types'
import { parseCellText } from './values'

export const MIN_YEAR = 2008 // the Regulations took effect on 1 May 2008
export const MAX_YEAR = 2100
const MAX_NAME = 200

export interface ValidationResult {
  report?: Report
  problems: InputProblem[]
}

/** Identity fields as they arrive: strings from CSV, anything from JSON. */
export interface RawIdentity {
  office?: unknown
  region?: unknown
  officeKind?: unknown
  year?: unknown
  template?: unknown
  publishedAt?: unknown
}

function isBlankText(raw: string): boolean {
  const parsed = parseCellText(raw, 'signed')
  return parsed.ok && parsed.value === null
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') {
    const t = v.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '')
    return t === '' ? null : t
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

/** What a text cell keeps of a JSON or CSV value: the trimmed text, null when blank or not text. */
export function textValue(v: unknown): string | null {
  return text(v)
}

/** Accepts 2025-01-20, 2025/1/20, 2025.1.20, 2025年1月20日; checks the date exists. */
export function parseDate(v: unknown): { ok: true; value: string | null } | { ok: false } {
  const t = text(v)
  if (t === null) return { ok: true, value: null }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(t.normalize('NFKC'))
  if (!m) return { ok: false }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false }
  return { ok: true, value: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

function parseOfficeKind(v: unknown, office: string): OfficeKind | 'bad' {
  const t = text(v)
  if (t === null) return inferOfficeKind(office)
  for (const k of OFFICE_KINDS) if (t === k.key || t === k.zh || t.toLowerCase() === k.en.toLowerCase()) return k.key
  if (t === '本级政府' || t === '人民政府') return 'government'
  return 'bad'
}

function parseTemplate(v: unknown): TemplateId | null | 'bad' {
  const t = text(v)
  if (t === null) return null
  const m = /^(2019|2021)(?:版|年版|格式)?$/.exec(t)
  return m ? (m[1] as TemplateId) : 'bad'
}

/**
 * Control characters (line breaks, tabs, NUL, escape) and bidirectional overrides have no place
 * in a name: they split keys, break CSV rows and can make a name display as another.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** A name with its control characters made visible ("\u202e"), for a message. */
function visible(name: string): string {
  return name.replace(new RegExp(CONTROL.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** What is wrong with an office or region name (too long, control characters), for every reader. */
export function nameProblem(
  name: string,
  what: '机关名称' | '所属地区',
): Omit<InputProblem, 'line' | 'cell'> | undefined {
  if (name.length > MAX_NAME)
    return {
      message: what === '机关名称' ? `机关名称过长（超过 ${MAX_NAME} 字）` : '所属地区过长',
      value: shorten(name),
    }
  if (CONTROL.test(name))
    return { message: `${what}含有控制字符（换行、制表符或文字方向控制符等），请删去`, value: shorten(visible(name)) }
  return undefined
}

const IDENTITY_NAMES: Record<keyof RawIdentity, string> = {
  office: '机关名称',
  region: '所属地区',
  officeKind: '机关类型',
  year: '年度',
  template: '报告格式',
  publishedAt: '发布日期',
}

/** Validate identity fields; the template may be inferred by the caller from cells or year. */
export function validateIdentity(raw: RawIdentity, problems: InputProblem[], line?: number) {
  // An object, array or boolean (JSON) is not a blank: say so rather than ignore it.
  const notText = (v: unknown) => v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number'
  for (const key of Object.keys(IDENTITY_NAMES) as (keyof RawIdentity)[]) {
    if (notText(raw[key]))
      problems.push({ line, cell: key, message: `${IDENTITY_NAMES[key]}应为文字`, value: shorten(raw[key]) })
  }
  const office = text(raw.office)
  if (office === null) {
    if (!notText(raw.office)) problems.push({ line, cell: 'office', message: '缺少机关名称' })
  } else {
    const bad = nameProblem(office, '机关名称')
    if (bad) problems.push({ line, cell: 'office', ...bad })
  }

  let year: number | null = null
  const yt = text(raw.year)
  if (yt === null) {
    if (!notText(raw.year)) problems.push({ line, cell: 'year', message: '缺少年度' })
  } else {
    const n = Number(yt.normalize('NFKC').replace(/年(度)?$/, ''))
    if (!Number.isInteger(n) || !/^\d{4}(年度?)?$/.test(yt.normalize('NFKC')))
      problems.push({ line, cell: 'year', message: '年度应为四位整数', value: shorten(yt) })
    else if (n < MIN_YEAR || n > MAX_YEAR)
      problems.push({ line, cell: 'year', message: `年度超出范围（${MIN_YEAR}–${MAX_YEAR}）`, value: yt })
    else year = n
  }

  const region = text(raw.region)
  const badRegion = region === null ? undefined : nameProblem(region, '所属地区')
  if (badRegion) problems.push({ line, cell: 'region', ...badRegion })

  const kind = office === null ? 'department' : parseOfficeKind(raw.officeKind, office)
  if (kind === 'bad')
    problems.push({ line, cell: 'officeKind', message: '机关类型应为“部门”或“政府”', value: shorten(raw.officeKind) })

  const template = parseTemplate(raw.template)
  if (template === 'bad')
    problems.push({ line, cell: 'template', message: '报告格式应为 2019 或 2021', value: shorten(raw.template) })

  const date = parseDate(raw.publishedAt)
  if (!date.ok)
    problems.push({
      line,
      cell: 'publishedAt',
      message: '发布日期无法识别（应为 2025-01-20 这样的日期）',
      value: shorten(raw.publishedAt),
    })

  return {
    office,
    region,
    officeKind: kind === 'bad' ? null : kind,
    year,
    template: template === 'bad' ? null : template,
    publishedAt: date.ok ? date.value : null,
  }
}

const ALLOWED_PATHS: Record<TemplateId, ReadonlySet<string>> = {
  '2019': new Set(cellsFor('2019').map((c) => c.path)),
  '2021': new Set(cellsFor('2021').map((c) => c.path)),
}

function* presentPaths(cells: ReadonlyMap<string, unknown>): Iterable<string> {
  for (const [k, v] of cells) if (v !== null && v !== undefined && v !== '') yield k
}

/** Guess the format from which cells carry values, else from the year. */
export function inferTemplate(paths: Iterable<string>, year: number | null): TemplateId {
  let only2019 = 0
  let only2021 = 0
  for (const p of paths) {
    const c = CELL_BY_PATH.get(p)
    if (!c || c.templates.length === 2) continue
    if (c.templates[0] === '2019') only2019++
    else only2021++
  }
  if (only2019 !== only2021) return only2019 > only2021 ? '2019' : '2021'
  return year !== null && year < FORMAT_2021_FIRST_YEAR ? '2019' : '2021'
}

/**
 * Build a report from identity fields and a map of flat key path → raw cell value.
 * `line` is reported with every problem.
 */
export function reportFromCells(
  identity: RawIdentity,
  cells: ReadonlyMap<string, unknown>,
  options: { line?: number; narrative?: Narrative; sections?: Sections } = {},
): ValidationResult {
  const { line } = options
  const problems: InputProblem[] = []
  const id = validateIdentity(identity, problems, line)
  const template = id.template ?? inferTemplate(presentPaths(cells), id.year)
  const allowed = ALLOWED_PATHS[template]
  for (const [path, raw] of cells) {
    const def = CELL_BY_PATH.get(path)
    if (!def) {
      problems.push({ line, cell: path, message: '未知的字段' })
      continue
    }
    if (!allowed.has(path)) {
      const blank = raw === null || raw === undefined || (typeof raw === 'string' && isBlankText(raw))
      if (!blank) problems.push({ line, cell: path, message: `${template} 格式的报告没有这一项`, value: shorten(raw) })
    }
  }
  const values: [CellDef, number | string | null][] = []
  for (const def of cellsFor(template)) {
    if (!cells.has(def.path)) continue
    const raw = cells.get(def.path)
    if (def.kind === 'text') {
      const t = text(raw)
      if (t !== null) values.push([def, t])
      continue
    }
    if (raw !== null && raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') {
      problems.push({ line, cell: def.path, message: '应为数字', value: shorten(raw) })
      continue
    }
    const parsed = parseCellText(raw, def.kind)
    if (!parsed.ok) problems.push({ line, cell: def.path, message: parsed.reason })
    else values.push([def, parsed.value])
  }
  if (problems.length > 0 || id.office === null || id.year === null || id.officeKind === null) return { problems }

  const report = emptyReport({ ...id, office: id.office, year: id.year, template, officeKind: id.officeKind })
  for (const [def, value] of values) setCell(report, def, value)
  if (problems.length > 0) return { problems }
  if (options.narrative) report.narrative = options.narrative
  if (options.sections) report.sections = options.sections
  return { report, problems }
}

/** The tables of a JSON report, and every key a JSON report may have. */
export const NESTED_ROOTS = ['requests', 'review', 'litigationDirect', 'litigationAfterReview', 'proactive'] as const
export const TOP_KEYS: ReadonlySet<string> = new Set<string>([
  'office',
  'region',
  'officeKind',
  'year',
  'template',
  'publishedAt',
  'narrative',
  'sections',
  'findings',
  ...NESTED_ROOTS,
])
const MAX_DEPTH = 4

/** Flatten a nested JSON report's tables into flat key paths; unknown shapes become problems. */
function flattenTables(raw: Record<string, unknown>, problems: InputProblem[], line?: number): Map<string, unknown> {
  const cells = new Map<string, unknown>()
  const walk = (node: unknown, path: string, depth: number) => {
    if (isRecord(node)) {
      if (depth >= MAX_DEPTH) {
        problems.push({ line, cell: path, message: '嵌套层级超出报告格式' })
        return
      }
      for (const k of Object.keys(node)) walk(node[k], `${path}.${k}`, depth + 1)
      return
    }
    if (Array.isArray(node)) {
      problems.push({ line, cell: path, message: '不应为数组' })
      return
    }
    cells.set(path, node)
  }
  for (const root of NESTED_ROOTS) {
    if (!own(raw, root) || raw[root] === null || raw[root] === undefined) continue
    if (!isRecord(raw[root])) {
      problems.push({ line, cell: root, message: '应为对象' })
      continue
    }
    walk(raw[root], root, 0)
  }
  return cells
}

/** Validate one report object of the canonical JSON format. `findings` is ignored on import. */
export function validateReportJson(raw: unknown, line?: number): ValidationResult {
  if (!isRecord(raw)) return { problems: [{ line, message: '报告应为 JSON 对象' }] }
  const problems: InputProblem[] = []
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.has(k)) problems.push({ line, cell: k, message: '未知的字段' })
  }
  const cells = flattenTables(raw, problems, line)
  const narrative = jsonNarrative(raw, problems, line)
  const sections = jsonSections(raw, problems, line)
  const result = reportFromCells(jsonIdentity(raw), cells, { line, narrative, sections })
  return { report: problems.length ? undefined : result.report, problems: [...problems, ...result.problems] }
}

/** The identity fields of a JSON report, as validateIdentity takes them (a numeric year as text). */
export function jsonIdentity(raw: Record<string, unknown>): RawIdentity {
  const identity: RawIdentity = {}
  for (const k of ['office', 'region', 'officeKind', 'year', 'template', 'publishedAt'] as const) {
    if (own(raw, k)) identity[k] = raw[k]
  }
  if (typeof identity.year === 'number') identity.year = String(identity.year)
  return identity
}

/** The narrative of a JSON report (keys in the order written, empty texts dropped); undefined when it has none. */
export function jsonNarrative(
  raw: Record<string, unknown>,
  problems: InputProblem[],
  line?: number,
): Narrative | undefined {
  if (!own(raw, 'narrative') || raw.narrative === null || raw.narrative === undefined) return undefined
  if (!isRecord(raw.narrative)) {
    problems.push({ line, cell: 'narrative', message: '应为对象' })
    return undefined
  }
  const narrative: Narrative = {}
  for (const k of Object.keys(raw.narrative)) {
    const v = raw.narrative[k]
    if (k !== 'overview' && k !== 'problems' && k !== 'other')
      problems.push({ line, cell: `narrative.${k}`, message: '未知的字段' })
    else if (v !== null && typeof v !== 'string') problems.push({ line, cell: `narrative.${k}`, message: '应为文字' })
    else if (typeof v === 'string' && v) narrative[k] = v
  }
  return Object.keys(narrative).length ? narrative : undefined
}

/**
 * The parts a report read from a document has (Report.sections): an object of the six part keys
 * to non-negative integers, in the parts' order; undefined when absent or null.
 */
export function jsonSections(
  raw: Record<string, unknown>,
  problems: InputProblem[],
  line?: number,
): Sections | undefined {
  if (!own(raw, 'sections') || raw.sections === null || raw.sections === undefined) return undefined
  if (!isRecord(raw.sections)) {
    problems.push({ line, cell: 'sections', message: '应为对象（六个部分各自的字数）' })
    return undefined
  }
  const given = raw.sections
  for (const k of Object.keys(given)) {
    if (!(SECTION_KEYS as readonly string[]).includes(k))
      problems.push({ line, cell: `sections.${k}`, message: `未知的部分（应为 ${SECTION_KEYS.join('、')} 之一）` })
    else if (typeof given[k] !== 'number' || !Number.isInteger(given[k]) || (given[k] as number) < 0)
      problems.push({ line, cell: `sections.${k}`, message: '应为不小于 0 的整数', value: shorten(given[k]) })
  }
  const sections: Sections = {}
  for (const k of SECTION_KEYS) if (typeof given[k] === 'number') sections[k] = given[k] as number
  return sections
}
