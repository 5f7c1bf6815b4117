/**
 * One report object of the canonical JSON (SPEC §2) → a record, through the one builder
 * (domain/build.ts). This module knows only what is JSON's own: the nested shape (tables, rows,
 * cells as keys), which top-level keys a report may have, the narrative object and the parts of
 * the document it was read from (`sections`). Every key is
 * either one of the format's or a problem naming it; nothing is dropped silently.
 */
import { CELLS, IDENTITY_KEYS, type CellDef } from '../domain/cells'
import { shorten, type InputProblem } from '../domain/errors'
import { buildRecord, type BuiltRecord } from '../domain/build'
import { SECTION_KEYS } from '../domain/model'
import type { Narrative, Sections } from '../domain/types'
import type { RawIdentity } from '../domain/validate'
import { isRecord, own } from '../domain/objects'
import { said } from '../i18n/said'

/** The tables of a JSON report, and every key a JSON report may have. */
export const NESTED_ROOTS = ['requests', 'review', 'litigationDirect', 'litigationAfterReview', 'proactive'] as const
export const TOP_KEYS: ReadonlySet<string> = new Set<string>([
  ...IDENTITY_KEYS,
  'narrative',
  'sections',
  'findings',
  ...NESTED_ROOTS,
])
/** Deepest object below a table: requests › denied › stateSecret › natural is 3. */
const MAX_DEPTH = 4

/** Keys of both formats as a tree: a table, row or group maps keys to nodes; a cell is a leaf. */
interface KeyNode {
  children?: Map<string, KeyNode>
  cell?: CellDef
}

const ROOT: KeyNode = { children: new Map() }
for (const cell of CELLS) {
  let node = ROOT
  cell.segments.forEach((segment, i) => {
    let next = node.children!.get(segment)
    if (!next) node.children!.set(segment, (next = i < cell.segments.length - 1 ? { children: new Map() } : {}))
    node = next
  })
  node.cell = cell
}

interface Gathered {
  defs: CellDef[]
  values: unknown[]
  problems: InputProblem[]
}

/**
 * Walk one value along the key tree. A known cell's value goes to the builder; an unknown key is
 * reported with its full path (an object under it is walked, boundedly, so each stray cell is named).
 */
function walk(node: KeyNode | undefined, value: unknown, path: string, depth: number, out: Gathered): void {
  if (node?.cell && !isRecord(value) && !Array.isArray(value)) {
    out.defs.push(node.cell)
    out.values.push(value)
    return
  }
  if (Array.isArray(value)) {
    out.problems.push({ cell: path, ...said('json.array') })
    return
  }
  if (isRecord(value)) {
    if (depth >= MAX_DEPTH) {
      out.problems.push({ cell: path, ...said('json.tooNested') })
      return
    }
    const children = node?.cell ? undefined : node?.children
    for (const key of Object.keys(value)) walk(children?.get(key), value[key], `${path}.${key}`, depth + 1, out)
    return
  }
  // A blank under a known key is a blank; any value under an unknown key is named, never dropped.
  if (node && (value === null || value === undefined)) return
  out.problems.push({ cell: path, ...said('json.unknownKey') })
}

/** The identity fields of a JSON report, as validateIdentity takes them (a numeric year as text). */
function jsonIdentity(raw: Record<string, unknown>): RawIdentity {
  const identity: RawIdentity = {}
  for (const k of IDENTITY_KEYS) if (own(raw, k)) identity[k] = raw[k]
  if (typeof identity.year === 'number') identity.year = String(identity.year)
  return identity
}

/** The narrative of a JSON report (keys in the order written, empty texts dropped); undefined when it has none. */
function jsonNarrative(raw: Record<string, unknown>, problems: InputProblem[]): Narrative | undefined {
  if (!own(raw, 'narrative') || raw.narrative === null || raw.narrative === undefined) return undefined
  if (!isRecord(raw.narrative)) {
    problems.push({ cell: 'narrative', ...said('json.object') })
    return undefined
  }
  const narrative: Narrative = {}
  for (const k of Object.keys(raw.narrative)) {
    const v = raw.narrative[k]
    if (k !== 'overview' && k !== 'problems' && k !== 'other')
      problems.push({ cell: `narrative.${k}`, ...said('json.unknownKey') })
    else if (v !== null && typeof v !== 'string') problems.push({ cell: `narrative.${k}`, ...said('cell.text') })
    else if (typeof v === 'string' && v) narrative[k] = v
  }
  return Object.keys(narrative).length ? narrative : undefined
}

/**
 * The parts a report read from a document has (Report.sections): an object of the six part keys
 * to non-negative integers, in the parts' order; undefined when absent or null.
 */
function jsonSections(raw: Record<string, unknown>, problems: InputProblem[]): Sections | undefined {
  if (!own(raw, 'sections') || raw.sections === null || raw.sections === undefined) return undefined
  if (!isRecord(raw.sections)) {
    problems.push({ cell: 'sections', ...said('json.sectionsObject') })
    return undefined
  }
  const given = raw.sections
  for (const k of Object.keys(given)) {
    if (!(SECTION_KEYS as readonly string[]).includes(k))
      problems.push({ cell: `sections.${k}`, ...said('json.unknownSection', { keys: SECTION_KEYS }) })
    else if (typeof given[k] !== 'number' || !Number.isInteger(given[k]) || (given[k] as number) < 0)
      problems.push({ cell: `sections.${k}`, ...said('json.sectionSize'), value: shorten(given[k]) })
  }
  const sections: Sections = {}
  for (const k of SECTION_KEYS) if (typeof given[k] === 'number') sections[k] = given[k] as number
  return sections
}

/** Read one report object of the canonical JSON format. `findings` is output only and ignored here. */
export function readJsonReport(raw: unknown): BuiltRecord {
  if (!isRecord(raw)) return { problems: [said('json.reportObject')] }
  const out: Gathered = { defs: [], values: [], problems: [] }
  for (const k of Object.keys(raw)) if (!TOP_KEYS.has(k)) out.problems.push({ cell: k, ...said('json.unknownKey') })
  for (const root of NESTED_ROOTS) {
    if (!own(raw, root) || raw[root] === null || raw[root] === undefined) continue
    if (!isRecord(raw[root])) out.problems.push({ cell: root, ...said('json.object') })
    else walk(ROOT.children!.get(root), raw[root], root, 0, out)
  }
  const narrative = jsonNarrative(raw, out.problems)
  const sections = jsonSections(raw, out.problems)
  const built = buildRecord(jsonIdentity(raw), out.defs, out.values, { narrative, sections })
  if (out.problems.length === 0) return built
  return { problems: [...out.problems, ...built.problems] }
}
