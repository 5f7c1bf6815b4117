/**
 * Every cell of the report as a flat key path (`requests.denied.stateSecret.natural`,
 * `review.corrected`, `proactive.licensing.decisions`), derived from model.ts. The flat paths are
 * the CSV column names; the Chinese headers are the labels from outside in, joined by "-".
 */
import {
  APPLICANT_COLUMNS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  IDENTITY_FIELDS,
  LITIGATION_LABEL,
  PROACTIVE_ITEMS,
  PROACTIVE_TEXT_FIELDS,
  REQUEST_GROUPS,
  REQUEST_ROWS,
  TEMPLATES,
  type CellKind,
  type Label,
  type TemplateId,
} from './model'
import { normalizeLabel, withoutNotes } from './labels'
import type { Report } from './types'

export type TableId = 'requests' | 'disputes' | 'proactive'

export interface CellDef {
  /** Flat key path, e.g. `requests.denied.stateSecret.natural`. */
  readonly path: string
  readonly segments: readonly string[]
  readonly table: TableId
  /** `text` cells hold strings (the printed amount); all others hold numbers. */
  readonly kind: CellKind | 'text'
  readonly templates: readonly TemplateId[]
  /** Labels from outside in (group, row, column). */
  readonly labels: readonly Label[]
  /** The Chinese CSV header, e.g. `不予公开-属于国家秘密-其他`. */
  readonly zh: string
  readonly en: string
  /** Path of the row (without the column), e.g. `requests.denied.stateSecret` or `review`. */
  readonly row: string
  /** Column key (`natural` … `total`, `upheld` … `total`, or the proactive field). */
  readonly column: string
  /** Position in CELLS: what a format's layout (record.ts) maps to the cell's slot. */
  readonly index: number
}

function joinZh(labels: readonly Label[]): string {
  return labels.map((l) => l.zh).join('-')
}
function joinEn(labels: readonly Label[]): string {
  return labels.map((l) => l.en).join(' - ')
}

type CellBody = Omit<CellDef, 'index'>

function buildCells(): CellBody[] {
  const cells: CellBody[] = []
  for (const row of REQUEST_ROWS) {
    const group = 'group' in row ? REQUEST_GROUPS.find((g) => g.key === row.group) : undefined
    const rowLabels: Label[] = group ? [group, row] : [row]
    for (const col of APPLICANT_COLUMNS) {
      const labels = [...rowLabels, col]
      cells.push({
        path: `requests.${row.key}.${col.key}`,
        segments: ['requests', ...row.key.split('.'), col.key],
        table: 'requests',
        kind: 'count',
        templates: row.templates,
        labels,
        zh: joinZh(labels),
        en: joinEn(labels),
        row: `requests.${row.key}`,
        column: col.key,
      })
    }
  }
  for (const group of DISPUTE_GROUPS) {
    for (const col of DISPUTE_COLUMNS) {
      const labels = [group, col]
      cells.push({
        path: `${group.key}.${col.key}`,
        segments: [group.key, col.key],
        table: 'disputes',
        kind: 'count',
        templates: TEMPLATES,
        labels,
        zh: joinZh(labels),
        en: joinEn(labels),
        row: group.key,
        column: col.key,
      })
    }
  }
  // Proactive items: the same item key may exist in both formats with different fields.
  const seen = new Map<string, CellBody>()
  // 2021 first: its labels are the ones written for cells both formats share.
  for (const template of ['2021', '2019'] as const) {
    for (const item of PROACTIVE_ITEMS[template]) {
      for (const field of item.fields) {
        const path = `proactive.${item.key}.${field.key}`
        const existing = seen.get(path)
        if (existing) {
          ;(existing.templates as TemplateId[]).push(template)
          continue
        }
        const labels = [item, field]
        const cell: CellBody = {
          path,
          segments: ['proactive', item.key, field.key],
          table: 'proactive',
          kind: field.kind,
          templates: [template],
          labels,
          zh: joinZh(labels),
          en: joinEn(labels),
          row: `proactive.${item.key}`,
          column: field.key,
        }
        seen.set(path, cell)
        cells.push(cell)
      }
      for (const text of PROACTIVE_TEXT_FIELDS) {
        if (text.item !== item.key || !text.templates.includes(template)) continue
        const labels = [item, text]
        const cell: CellBody = {
          path: `proactive.${item.key}.${text.key}`,
          segments: ['proactive', item.key, text.key],
          table: 'proactive',
          kind: 'text',
          templates: text.templates,
          labels,
          zh: joinZh(labels),
          en: joinEn(labels),
          row: `proactive.${item.key}`,
          column: text.key,
        }
        cells.push(cell)
      }
    }
  }
  return cells
}

export const CELLS: readonly CellDef[] = buildCells().map((c, index) => ({ ...c, index }))
export const CELL_BY_PATH: ReadonlyMap<string, CellDef> = new Map(CELLS.map((c) => [c.path, c]))

const CELLS_BY_TEMPLATE: Record<TemplateId, readonly CellDef[]> = {
  '2019': CELLS.filter((c) => c.templates.includes('2019')),
  '2021': CELLS.filter((c) => c.templates.includes('2021')),
}
export function cellsFor(template: TemplateId): readonly CellDef[] {
  return CELLS_BY_TEMPLATE[template]
}

export const IDENTITY_KEYS = IDENTITY_FIELDS.map((f) => f.key)

// ---------------------------------------------------------------------------------------------
// Reading and writing cells of a nested report

type Nested = Record<string, unknown>

export function getCell(report: Report, cell: CellDef): number | string | null | undefined {
  let node: unknown = report
  for (const s of cell.segments) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Nested)[s]
  }
  return node as number | string | null | undefined
}

export function getPath(report: Report, path: string): number | string | null | undefined {
  const cell = CELL_BY_PATH.get(path)
  return cell ? getCell(report, cell) : undefined
}

/** Numeric value of a cell, null when blank, absent or text. */
export function numberAt(report: Report, cell: CellDef): number | null {
  const v = getCell(report, cell)
  return typeof v === 'number' ? v : null
}

export function setCell(report: Report, cell: CellDef, value: number | string | null): void {
  let node = report as unknown as Nested
  const last = cell.segments.length - 1
  for (let i = 0; i < last; i++) {
    const s = cell.segments[i]
    let next = node[s]
    if (next === null || typeof next !== 'object') {
      next = {}
      node[s] = next
    }
    node = next as Nested
  }
  node[cell.segments[last]] = value
}

// ---------------------------------------------------------------------------------------------
// Chinese (and English) headers → cells

/** Outer labels a clerk may or may not write; they never decide which cell is meant. */
const OPTIONAL_PARTS = new Set(
  [
    '本年度办理结果',
    '办理结果',
    '申请人情况',
    '法人或其他组织',
    '信息内容',
    LITIGATION_LABEL.zh,
    ...(LITIGATION_LABEL.aliases ?? []),
  ].map(normalizeLabel),
)
const ARTICLE_PART = /^第二十条第\(.+\)项$/

function variants(label: Label): string[] {
  const out = new Set<string>()
  for (const s of [label.zh, label.en, ...(label.aliases ?? [])]) {
    const n = normalizeLabel(s)
    out.add(n)
    out.add(withoutNotes(n))
  }
  return [...out].filter((s) => s.length > 0)
}

/** Split a label chain into its normalised, meaningful parts. */
function headerParts(header: string): string[] {
  return header
    .normalize('NFKC')
    .split(/\s*[-—–_]+\s*/)
    .map(normalizeLabel)
    .filter((p) => p.length > 0 && !OPTIONAL_PARTS.has(p) && !ARTICLE_PART.test(p))
}

function buildHeaderIndex(): Map<string, string> {
  const index = new Map<string, string>()
  const add = (key: string, value: string) => {
    if (!index.has(key)) index.set(key, value)
  }
  for (const cell of CELLS) {
    add(cell.path.toLowerCase(), cell.path)
    // Cartesian product of every label's variants, optional outer labels dropped.
    let combos: string[][] = [[]]
    for (const label of cell.labels) {
      const vs = [...new Set(variants(label).map((v) => headerParts(v).join('-')))]
      const next: string[][] = []
      for (const c of combos) for (const v of vs) next.push(v ? [...c, v] : c)
      combos = next
    }
    for (const c of combos) {
      const key = c.join('-')
      add(key, cell.path)
      add(withoutNotes(key), cell.path)
    }
  }
  // 2019 format: （六）其他处理 is one row; "其他处理-自然人" means otherHandling.other.
  for (const col of APPLICANT_COLUMNS) {
    for (const v of variants(col)) add(`其他处理-${v}`, `requests.otherHandling.other.${col.key}`)
  }
  for (const f of IDENTITY_FIELDS) {
    for (const v of [f.key.toLowerCase(), ...variants(f)]) add(v, f.key)
  }
  return index
}

let headerIndex: Map<string, string> | undefined

/**
 * Resolve a CSV header (flat key path, Chinese label chain, or English label chain) to a flat
 * key path or an identity field. Returns undefined for an unknown header.
 */
export function resolveHeader(header: string): string | undefined {
  headerIndex ??= buildHeaderIndex()
  const trimmed = header.replace(/^\ufeff/, '').trim()
  const direct = headerIndex.get(trimmed.toLowerCase())
  if (direct) return direct
  const key = headerParts(trimmed).join('-')
  return headerIndex.get(key) ?? headerIndex.get(withoutNotes(key)) ?? headerIndex.get(key.toLowerCase())
}

/** The header written for a cell or identity field, in keys or Chinese. */
export function headerFor(path: string, style: 'keys' | 'zh'): string {
  if (style === 'keys') return path
  const identity = IDENTITY_FIELDS.find((f) => f.key === path)
  if (identity) return identity.zh
  return CELL_BY_PATH.get(path)?.zh ?? path
}
