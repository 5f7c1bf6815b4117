/**
 * Building, copying and checking canonical reports. Every shape decision reads model.ts via cells.ts.
 */
import { cellsFor, type CellDef } from './cells'
import {
  APPLICANT_KEYS,
  DISPUTE_GROUPS,
  DISPUTE_KEYS,
  PROACTIVE_ITEMS,
  PROACTIVE_TEXT_FIELDS,
  SECTION_KEYS,
  requestRowsFor,
  type OfficeKind,
  type TemplateId,
} from './model'
import type { ApplicantRow, DisputeRow, Narrative, Report, Sections } from './types'

export interface ReportIdentity {
  office: string
  region?: string | null
  officeKind?: OfficeKind
  year: number
  template: TemplateId
  publishedAt?: string | null
}

/** An office whose name ends in 人民政府 is a government (deadline 31 March); others are departments. */
export function inferOfficeKind(office: string): OfficeKind {
  return /人民政府$/.test(office.trim()) ? 'government' : 'department'
}

// Plain loops, not Object.fromEntries: a 20,000-report import builds 600,000 of these rows.
function blankApplicantRow(): ApplicantRow {
  const row = {} as Record<string, null>
  for (const k of APPLICANT_KEYS) row[k] = null
  return row as ApplicantRow
}
function blankDisputeRow(): DisputeRow {
  const row = {} as Record<string, null>
  for (const k of DISPUTE_KEYS) row[k] = null
  return row as DisputeRow
}

// Table 三's row keys split once per format ("denied.stateSecret" → group, row): emptyReport runs per report.
const REQUEST_KEY_PARTS: Record<TemplateId, readonly (readonly [string, string | undefined])[]> = {
  '2019': requestRowsFor('2019').map((r) => splitKey(r.key)),
  '2021': requestRowsFor('2021').map((r) => splitKey(r.key)),
}
function splitKey(key: string): readonly [string, string | undefined] {
  const [a, b] = key.split('.')
  return [a, b]
}

/** The identity fields of a report, in canonical order (blanks as null, kind inferred from the name). */
export function identityOf(
  id: ReportIdentity,
): Pick<Report, 'office' | 'region' | 'officeKind' | 'year' | 'template' | 'publishedAt'> {
  return {
    office: id.office,
    region: id.region ?? null,
    officeKind: id.officeKind ?? inferOfficeKind(id.office),
    year: id.year,
    template: id.template,
    publishedAt: id.publishedAt ?? null,
  }
}

/** A report of the given format with every cell blank, keys in canonical order. */
export function emptyReport(id: ReportIdentity): Report {
  const requests: Record<string, unknown> = {}
  for (const [a, b] of REQUEST_KEY_PARTS[id.template]) {
    if (b) {
      const group = (requests[a] ??= {}) as Record<string, unknown>
      group[b] = blankApplicantRow()
    } else {
      requests[a] = blankApplicantRow()
    }
  }
  const proactive: Report['proactive'] = {}
  for (const item of PROACTIVE_ITEMS[id.template]) {
    const fields: Record<string, null> = {}
    for (const f of item.fields) fields[f.key] = null
    proactive[item.key] = fields
  }
  const report: Report = {
    ...identityOf(id),
    requests: requests as Report['requests'],
    review: blankDisputeRow(),
    litigationDirect: blankDisputeRow(),
    litigationAfterReview: blankDisputeRow(),
    proactive,
  }
  return report
}

/**
 * A deep copy in canonical key order, keeping only the cells of the report's format (text cells
 * such as the printed procurement amount only when present) and the narrative when present.
 */
export function canonicalReport(report: Report): Report {
  // Identity as emptyReport writes it, then each table copied along the format's plan.
  const out: Record<string, unknown> = identityOf(report)
  const source = report as unknown as Record<string, unknown>
  for (const node of formatShape(report.template).parts) out[node.key] = copyNode(node, source[node.key])
  const narrative = cleanNarrative(report.narrative)
  if (narrative) out.narrative = narrative
  const sections = cleanSections(report.sections)
  if (sections) out.sections = sections
  return out as unknown as Report
}

/**
 * The cells of a format as a tree in canonical key order: numeric leaves (with their slot in
 * `numeric`, the format's numeric cells in CELLS order) and text leaves (kept only when a string;
 * last in their row, where setCell would append them). Copying along it does what emptyReport +
 * setCell per cell did, without a path walk per cell; stored records (db/record.ts) pack and
 * unpack their cells along the same tree.
 */
export interface ShapeNode {
  key: string
  children?: ShapeNode[]
  /** Numeric leaf: index into `FormatShape.numeric`. */
  slot?: number
  /** Text leaf: its flat path. */
  text?: string
}

export interface FormatShape {
  /** requests, review, litigationDirect, litigationAfterReview, proactive. */
  parts: ShapeNode[]
  numeric: readonly CellDef[]
  text: readonly CellDef[]
}

const shapes = new Map<TemplateId, FormatShape>()

export function formatShape(template: TemplateId): FormatShape {
  let shape = shapes.get(template)
  if (shape) return shape
  const numeric = cellsFor(template).filter((c) => c.kind !== 'text')
  const text = cellsFor(template).filter((c) => c.kind === 'text')
  const slotOf = new Map(numeric.map((c, i) => [c.path, i]))
  const parts: ShapeNode[] = []
  const childOf = (nodes: ShapeNode[], key: string): ShapeNode => {
    let node = nodes.find((n) => n.key === key)
    if (!node) nodes.push((node = { key, children: [] }))
    return node
  }
  // emptyReport's own order for the numeric cells, then the format's text cells appended.
  const blank = emptyReport({ office: '', year: 0, template }) as unknown as Record<string, unknown>
  const walk = (value: unknown, node: ShapeNode, path: string) => {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childPath = `${path}.${key}`
      if (child !== null && typeof child === 'object') walk(child, childOf(node.children!, key), childPath)
      else {
        const slot = slotOf.get(childPath)
        if (slot === undefined) throw new Error(`内部错误：${childPath} 不是数字单元格`)
        node.children!.push({ key, slot })
      }
    }
  }
  for (const [key, value] of Object.entries(blank)) {
    if (value !== null && typeof value === 'object') walk(value, childOf(parts, key), key)
  }
  for (const cell of text) {
    let nodes = parts
    for (const s of cell.segments.slice(0, -1)) nodes = childOf(nodes, s).children!
    nodes.push({ key: cell.segments[cell.segments.length - 1], text: cell.path })
  }
  shapes.set(template, (shape = { parts, numeric, text }))
  return shape
}

function copyNode(node: ShapeNode, value: unknown): unknown {
  if (!node.children) return typeof value === 'number' ? value : null
  const source = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  const out: Record<string, unknown> = {}
  for (const child of node.children) {
    const v = source?.[child.key]
    if (child.text !== undefined) {
      if (typeof v === 'string') out[child.key] = v
    } else out[child.key] = copyNode(child, v)
  }
  return out
}

function cleanNarrative(n: Narrative | undefined): Narrative | undefined {
  if (!n) return undefined
  const out: Narrative = {}
  for (const k of ['overview', 'problems', 'other'] as const) {
    if (typeof n[k] === 'string' && n[k]) out[k] = n[k]
  }
  return Object.keys(out).length ? out : undefined
}

/** The parts a document had, in the parts' order (an empty object stays: a document with no part headings at all). */
function cleanSections(s: Sections | undefined): Sections | undefined {
  if (!s || typeof s !== 'object') return undefined
  const out: Sections = {}
  for (const k of SECTION_KEYS) if (typeof s[k] === 'number') out[k] = s[k]
  return out
}

/** The (office, year) identity used as the primary key everywhere. */
export function reportKey(r: { office: string; year: number }): string {
  return `${r.office}\u0000${r.year}`
}

export function disputeGroups(report: Report): DisputeRow[] {
  return DISPUTE_GROUPS.map((g) => report[g.key])
}

/** Is the procurement text field part of this format? Used by readers to accept its column. */
export function hasTextField(template: TemplateId, item: string, key: string): boolean {
  return PROACTIVE_TEXT_FIELDS.some((f) => f.item === item && f.key === key && f.templates.includes(template))
}
