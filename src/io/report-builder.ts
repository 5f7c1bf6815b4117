/**
 * From raw identity and cell text to reports, for every reader: filling blanks from the user's
 * hints, building a report fast (20,000 CSV rows × 200 cells), and refusing a second report for
 * the same office and year within one file.
 */
import { IDENTITY_KEYS, setCell, type CellDef } from '../domain/cells'
import { InputError, shorten, type InputProblem } from '../domain/errors'
import type { CellKind, TemplateId } from '../domain/model'
import { emptyReport, formatShape, reportKey, type ShapeNode as FormatNode } from '../domain/report'
import type { Report } from '../domain/types'
import { inferTemplate, validateIdentity, type RawIdentity } from '../domain/validate'
import { parseCellText } from '../domain/values'
import { restoreFormula } from './formula'

/** What the user says about files that do not state it (CLI --office/--region/--year, import dialog). */
export interface ReadHints {
  office?: string
  region?: string
  year?: number
}

/** Fill identity fields the file leaves blank from the hints (--office/--region/--year). */
export function applyHints(identity: RawIdentity, hints: ReadHints): RawIdentity {
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  if (hints.office && blank(identity.office)) identity.office = hints.office
  if (hints.region && blank(identity.region)) identity.region = hints.region
  if (hints.year !== undefined && blank(identity.year)) identity.year = String(hints.year)
  return identity
}

// ---------------------------------------------------------------------------------------------
// Building a report from cell text. Same rules as reportFromCells (validate.ts), but fast enough
// for 20,000 rows × 200 columns: values go into numbered slots, and the nested report is built
// from a per-format shape taken once from emptyReport (so key order stays canonical).

export interface ShapeNode {
  key: string
  children?: ShapeNode[]
  slot: number
}
export interface Shape {
  nodes: ShapeNode[]
  blank: (number | string | null)[]
  /** Slot of each identity key and numeric cell path. */
  slotOf: Map<string, number>
}
const shapes = new Map<TemplateId, Shape>()

/**
 * The slots of a format's report (identity, then the numeric cells) and the tree that nests them:
 * the identity keys as emptyReport writes them, then the format's tables (formatShape, without
 * the text cells, which are set afterwards).
 */
export function shapeFor(template: TemplateId): Shape {
  let shape = shapes.get(template)
  if (shape) return shape
  const slotOf = new Map<string, number>()
  const blank = emptyReport({ office: '', year: 0, template }) as unknown as Record<string, unknown>
  const nodes: ShapeNode[] = []
  for (const [key, value] of Object.entries(blank)) {
    if (value !== null && typeof value === 'object') continue
    slotOf.set(key, slotOf.size)
    nodes.push({ key, slot: slotOf.size - 1 })
  }
  const first = slotOf.size
  const { parts, numeric } = formatShape(template)
  numeric.forEach((cell, i) => slotOf.set(cell.path, first + i))
  const tables = (node: FormatNode): ShapeNode =>
    node.children
      ? { key: node.key, children: node.children.filter((c) => c.text === undefined).map(tables), slot: -1 }
      : { key: node.key, slot: first + node.slot! }
  for (const part of parts) nodes.push(tables(part))
  shape = { nodes, blank: new Array<null>(slotOf.size).fill(null), slotOf }
  shapes.set(template, shape)
  return shape
}

function buildTree(nodes: readonly ShapeNode[], slots: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]
    out[n.key] = n.children ? buildTree(n.children, slots) : slots[n.slot]
  }
  return out
}

const OTHER_FORMAT = -1
const TEXT_CELL = -2
const slotCache = new WeakMap<readonly CellDef[], Map<TemplateId, Int32Array>>()

/** Slot of each column's cell in a report of `template` (or OTHER_FORMAT / TEXT_CELL). */
function slotsFor(defs: readonly CellDef[], template: TemplateId): Int32Array {
  let byTemplate = slotCache.get(defs)
  if (!byTemplate) {
    byTemplate = new Map()
    slotCache.set(defs, byTemplate)
  }
  let slots = byTemplate.get(template)
  if (!slots) {
    const shape = shapeFor(template)
    slots = Int32Array.from(defs, (def) => {
      if (!def.templates.includes(template)) return OTHER_FORMAT
      return def.kind === 'text' ? TEXT_CELL : (shape.slotOf.get(def.path) ?? OTHER_FORMAT)
    })
    byTemplate.set(template, slots)
  }
  return slots
}

const DIGITS = /^\d{1,15}$/

function isBlankCell(raw: string): boolean {
  const p = parseCellText(raw, 'signed')
  return p.ok ? p.value === null : raw.trim() === ''
}

export interface BuiltReport {
  report?: Report
  /** `cell` is a flat key path or an identity key; the caller turns it into the header as written. */
  problems: InputProblem[]
}

/**
 * Build one report from identity text and cell text (`raws[i]` belongs to `defs[i]`). Pass the
 * same `defs` array for every row of a file: the slot layout is cached per array.
 */
export function buildReport(identity: RawIdentity, defs: readonly CellDef[], raws: readonly string[]): BuiltReport {
  const problems: InputProblem[] = []
  const id = validateIdentity(identity, problems)
  let template = id.template
  if (template === null) {
    const present: string[] = []
    for (let i = 0; i < defs.length; i++) if (!isBlankCell(raws[i])) present.push(defs[i].path)
    template = inferTemplate(present, id.year)
  }
  const shape = shapeFor(template)
  const slotOfColumn = slotsFor(defs, template)
  const slots = shape.blank.slice()
  let texts: [CellDef, string][] | undefined
  for (let i = 0; i < defs.length; i++) {
    let raw = raws[i]
    if (raw.charCodeAt(0) === 39) raw = restoreFormula(raw)
    const slot = slotOfColumn[i]
    if (slot === OTHER_FORMAT) {
      if (!isBlankCell(raw))
        problems.push({ cell: defs[i].path, message: `${template} 格式的报告没有这一项`, value: shorten(raw) })
      continue
    }
    if (slot === TEXT_CELL) {
      const t = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
      if (t !== '') (texts ??= []).push([defs[i], t])
      continue
    }
    if (raw === '') continue
    if (DIGITS.test(raw)) {
      slots[slot] = Number(raw)
      continue
    }
    const parsed = parseCellText(raw, defs[i].kind as CellKind)
    if (parsed.ok) slots[slot] = parsed.value
    else problems.push({ cell: defs[i].path, message: parsed.reason })
  }
  if (problems.length > 0 || id.office === null || id.year === null || id.officeKind === null) return { problems }
  const identityValues: Record<string, string | number | null> = { ...id, template }
  for (const key of IDENTITY_KEYS) slots[shape.slotOf.get(key) as number] = identityValues[key]
  const report = buildTree(shape.nodes, slots) as unknown as Report
  if (texts) for (const [def, t] of texts) setCell(report, def, t)
  return { report, problems }
}

// ---------------------------------------------------------------------------------------------
// Duplicate (office, year) within one file

interface Seen {
  report: Report
  position: number
  json?: string
}

/**
 * Most reports (rows of reports, repeats included) one file may hold. A province's reports for
 * several years are some tens of thousands; each report takes ~4 KB in memory, so a file of
 * millions of tiny rows would otherwise exhaust the import worker (and crash the tab).
 */
export const MAX_REPORTS_PER_FILE = 100_000
/** Readers stop checking after this many problems: the file is refused either way. */
export const MAX_PROBLEMS_PER_FILE = 10_000

export function tooManyReports(file: string | undefined): InputError {
  return new InputError(
    `文件中的报告超过 ${MAX_REPORTS_PER_FILE} 份，超过单个文件的上限（一个省数年的全部年报也没有这么多），未导入。请按年度或地区拆成几个文件后再导入`,
    { file },
  )
}

/** Refuse at once when a reader has found MAX_PROBLEMS_PER_FILE problems (`where`: how far it got). */
export function stopIfTooManyProblems(
  problems: readonly InputProblem[],
  file: string | undefined,
  where: string,
): void {
  if (problems.length < MAX_PROBLEMS_PER_FILE) return
  throw new InputError(`问题过多：${where}已有 ${problems.length} 处问题，后面不再检查，未导入任何报告`, {
    file,
    problems: [...problems],
  })
}

export interface Placement {
  /** The file, for the error when it holds too many reports. */
  file?: string
  /** File line of a position (default: the position is the line). */
  lineOf?: (position: number) => number | undefined
  /** How to name a position in a message, e.g. "第 3 行". */
  where?: (position: number) => string
}

/** Collects the reports of one file; a second report for the same office and year is a problem. */
export class ReportCollector {
  private readonly byKey = new Map<string, Seen>()
  private readonly lineOf: (position: number) => number | undefined
  private readonly where: (position: number) => string
  private readonly file?: string
  private added = 0
  constructor(
    private readonly problems: InputProblem[],
    private readonly warnings: InputProblem[],
    placement: Placement = {},
  ) {
    this.lineOf = placement.lineOf ?? ((p) => p)
    this.where = placement.where ?? ((p) => `第 ${p} 行`)
    this.file = placement.file
  }

  /** `position` is the file line (CSV) or whatever the placement understands (JSON: report index). */
  add(report: Report, position: number): void {
    if (++this.added > MAX_REPORTS_PER_FILE) throw tooManyReports(this.file)
    const key = reportKey(report)
    const prev = this.byKey.get(key)
    if (!prev) {
      this.byKey.set(key, { report, position })
      return
    }
    prev.json ??= JSON.stringify(prev.report)
    const who = `${report.office} ${report.year} 年`
    const line = this.lineOf(position)
    if (JSON.stringify(report) === prev.json) {
      this.warnings.push({ line, message: `与${this.where(prev.position)}重复（${who}，数据完全相同），只导入一次` })
    } else {
      this.problems.push({
        line,
        message: `与${this.where(prev.position)}是同一机关同一年度（${who}），但数据不同；请删去其中一份`,
      })
    }
  }

  get reports(): Report[] {
    return [...this.byKey.values()].map((s) => s.report)
  }
}
