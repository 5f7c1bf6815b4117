/**
 * Walking the national tables over the token stream: rows are looked for in the order model.ts
 * defines them, each label matched by normalizeLabel, and the values after it taken by position.
 */
import { normalizeLabel, withoutNotes } from '../../domain/labels'
import {
  APPLICANT_KEYS,
  DISPUTE_GROUPS,
  DISPUTE_KEYS,
  PROACTIVE_ITEMS,
  REQUEST_GROUPS,
  SECTIONS,
  TEMPLATES,
  requestRowsFor,
  type TemplateId,
} from '../../domain/model'
import { collectValues, numberFollows, type RowValues } from './collect'
import { labelNorm, type Token } from './tokens'
import {
  COLUMN_HEADER_LABELS,
  DISPUTE_COLUMN_TABLE,
  DISPUTE_GROUP_TABLE,
  DISPUTE_HEADER_TABLE,
  PROACTIVE_TABLES,
  REQUEST_TABLES,
  SECTION_TABLE,
  fuzzyEquals,
  matchAt,
  type LabelMatch,
  type LabelTable,
} from './vocabulary'

export interface RowRead {
  key: string
  label: Token
  values: RowValues
}

export interface TableWalk {
  rows: Map<string, RowRead>
  missing: string[]
  /** Token index where the walk stopped. */
  end: number
  /**
   * A 2021-format table 三 printed （六）其他处理 as one row, as the 2019 format does: read as
   * otherHandling.other, its two other sub-rows left blank (not missing: the report has no such rows).
   */
  otherHandlingAsOneRow?: boolean
}

const NUMBERED = /^[\s\u3000]*(?:[一二三四五六七八九十]+|[（(][一二三四五六七八九十\d０-９]+[)）]|[\d０-９]+[.、．])/
const DISPUTES_SECTION = SECTIONS.findIndex((s) => s.key === 'disputes')

/** Match the expected row (index `expected`), a later one, or nothing. Typos are forgiven for the expected row only. */
function matchRow(
  tokens: readonly Token[],
  i: number,
  table: LabelTable<number>,
  expected: number,
): LabelMatch<number> | undefined {
  const m = matchAt(tokens, i, table)
  if (m) return m
  const norm = labelNorm(tokens[i])
  if (norm.length < 6) return undefined
  const variants = table.variantsOf(expected)
  // A typo, or a long label whose end wrapped below its numbers ("…行政机关不再处理 0 0 …" / "其政府信息公开申请").
  const close =
    fuzzyEquals(norm, variants) ||
    (norm.length >= 8 && variants.some((v) => v.length > norm.length && v.startsWith(norm)))
  return close && numberFollows(tokens, i + 1) ? { value: expected, end: i, fuzzy: true } : undefined
}

/** Is this label where table 三 certainly ends (table 四's header or a later section)? */
function endsRequests(t: Token, tokens: readonly Token[], i: number): boolean {
  if (matchAt(tokens, i, DISPUTE_GROUP_TABLE)) return true
  const s = SECTION_TABLE.get(labelNorm(t))
  return s !== undefined && s >= DISPUTES_SECTION
}

/**
 * Walk rows in order from `start` to `stop`. A label that matches a later row skips the rows in
 * between (reported as missing) only when numbers follow it; so does a row label that is also a
 * column header ("总计", "其他") printed without numbering — a repeated header is not a row.
 */
function walkRows(
  tokens: readonly Token[],
  keys: readonly string[],
  widths: readonly number[],
  table: LabelTable<number>,
  start: number,
  stop: number,
  isEnd: (t: Token, i: number) => boolean,
): TableWalk {
  const rows = new Map<string, RowRead>()
  const missing: string[] = []
  let idx = 0
  let i = start
  while (i < stop && idx < keys.length) {
    const t = tokens[i]
    if (t.kind !== 'label') {
      i++
      continue
    }
    const m = matchRow(tokens, i, table, idx)
    if (!m || m.value < idx) {
      if (!m && isEnd(t, i)) break
      i++
      continue
    }
    const header = COLUMN_HEADER_LABELS.has(withoutNotes(labelNorm(t))) && !NUMBERED.test(t.text)
    if ((m.value > idx || header) && !numberFollows(tokens, m.end + 1)) {
      i++
      continue
    }
    for (; idx < m.value; idx++) missing.push(keys[idx])
    const values = collectValues(tokens, m.end + 1, widths[idx])
    rows.set(keys[idx], { key: keys[idx], label: t, values })
    idx++
    i = Math.max(values.end, m.end + 1)
  }
  for (; idx < keys.length; idx++) missing.push(keys[idx])
  return { rows, missing, end: i }
}

/** Index of the first "一、本年新收政府信息公开申请数量" label at or after `from`, or -1. */
export function findRequestsStart(tokens: readonly Token[], template: TemplateId, from = 0): number {
  const table = REQUEST_TABLES[template]
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i].kind === 'label' && matchAt(tokens, i, table)?.value === 0) return i
  }
  return -1
}

const REQUEST_KEYS = Object.fromEntries(TEMPLATES.map((t) => [t, requestRowsFor(t).map((r) => r.key)])) as Record<
  TemplateId,
  string[]
>
const REQUEST_WIDTHS = Object.fromEntries(
  TEMPLATES.map((t) => [t, REQUEST_KEYS[t].map(() => APPLICANT_KEYS.length)]),
) as Record<TemplateId, number[]>

const OTHER_HANDLING_GROUP = normalizeLabel(REQUEST_GROUPS.find((g) => g.key === 'otherHandling')?.zh ?? '')
/** The 2021 format's two sub-rows of （六）其他处理 that a one-row 其他处理 leaves blank. */
export const OTHER_HANDLING_SUBROWS = ['otherHandling.overdueCorrection', 'otherHandling.overdueFee']

export function walkRequests(tokens: readonly Token[], template: TemplateId, start: number): TableWalk {
  const walk = walkRows(
    tokens,
    REQUEST_KEYS[template],
    REQUEST_WIDTHS[template],
    REQUEST_TABLES[template],
    start,
    tokens.length,
    (t, i) => endsRequests(t, tokens, i),
  )
  const other = walk.rows.get('otherHandling.other')
  if (
    template === '2021' &&
    other &&
    withoutNotes(labelNorm(other.label)) === OTHER_HANDLING_GROUP &&
    OTHER_HANDLING_SUBROWS.every((k) => walk.missing.includes(k))
  ) {
    walk.missing = walk.missing.filter((k) => !OTHER_HANDLING_SUBROWS.includes(k))
    walk.otherHandlingAsOneRow = true
  }
  return walk
}

export interface ProactiveWalk extends TableWalk {
  /** Unit printed in the header above an item's amount column ("（单位：万元）"), by item key. */
  units: Map<string, string>
}

const UNIT_IN_HEADER = /\((?:单位[:：]?)?(亿元|万元|元)\)/

export function walkProactive(
  tokens: readonly Token[],
  template: TemplateId,
  start: number,
  stop: number,
): ProactiveWalk {
  const items = PROACTIVE_ITEMS[template]
  const walk = walkRows(
    tokens,
    items.map((it) => it.key),
    items.map((it) => it.fields.length),
    PROACTIVE_TABLES[template],
    start,
    stop,
    () => false,
  )
  // The unit of an amount column is printed in the header row just above the item.
  const units = new Map<string, string>()
  let from = start
  for (const item of items) {
    const row = walk.rows.get(item.key)
    if (!row) continue
    const at = tokens.indexOf(row.label, from)
    for (let k = from; k < at; k++) {
      const t = tokens[k]
      if (t.kind !== 'label') continue
      const unit = UNIT_IN_HEADER.exec(labelNorm(t))
      if (unit) units.set(item.key, unit[1])
    }
    from = Math.max(from, row.values.end)
  }
  return { ...walk, units }
}

/**
 * Table 四 printed as three small tables, each under its group's heading ("行政复议",
 * "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）") with the five column headers
 * 结果维持…总计 over its row of figures. Undefined unless all three groups are found so.
 */
function walkGroupTables(
  tokens: readonly Token[],
  head: number,
  stop: number,
): { rows: Map<string, RowRead>; end: number } | undefined {
  const rows = new Map<string, RowRead>()
  let i = head
  for (let group = 0; group < DISPUTE_GROUPS.length; group++) {
    let label = -1
    let k = i
    for (; k < stop && label < 0; k++) {
      if (tokens[k].kind !== 'label') continue
      const m = matchAt(tokens, k, DISPUTE_GROUP_TABLE)
      if (m && m.value > group) return undefined
      if (m && m.value === group) {
        label = k
        k = m.end
      }
    }
    if (label < 0) return undefined
    // The header row: labels up to the first figure (a blank cell before any header is spacing).
    let headers = 0
    for (; k < stop; k++) {
      const t = tokens[k]
      if (t.kind === 'break' || t.kind === 'gap' || (t.kind === 'blank' && headers === 0)) continue
      if (t.kind !== 'label' || matchAt(tokens, k, DISPUTE_GROUP_TABLE)) break
      const column = matchAt(tokens, k, DISPUTE_COLUMN_TABLE)
      if (column) {
        headers++
        k = column.end
      }
    }
    if (headers < DISPUTE_KEYS.length - 2) return undefined
    const values = collectValues(tokens, k, DISPUTE_KEYS.length)
    rows.set(DISPUTE_GROUPS[group].key, { key: DISPUTE_GROUPS[group].key, label: tokens[label], values })
    i = Math.max(values.end, k)
  }
  return { rows, end: i }
}

export type DisputeWalk =
  | { layout: 'row-per-group'; rows: Map<string, RowRead>; end: number }
  | { layout: 'national'; values: RowValues; label: Token; end: number }

/**
 * Table 四. The national layout prints three header rows and one row of fifteen numbers; some
 * reports print one row per group instead ("行政复议 0 0 0 0 0").
 */
export function walkDisputes(tokens: readonly Token[], start: number, stop: number): DisputeWalk | undefined {
  let head = -1
  for (let i = start; i < stop && head < 0; i++) {
    const t = tokens[i]
    if (t.kind !== 'label') continue
    if (matchAt(tokens, i, DISPUTE_HEADER_TABLE) || SECTION_TABLE.get(labelNorm(t)) === DISPUTES_SECTION) head = i
  }
  if (head < 0) return undefined

  const keys = DISPUTE_GROUPS.map((g) => g.key)
  const perGroup = walkRows(
    tokens,
    keys,
    keys.map(() => DISPUTE_KEYS.length),
    DISPUTE_GROUP_TABLE,
    head,
    stop,
    () => false,
  )
  const complete = [...perGroup.rows.values()].filter((r) => r.values.glued || r.values.missing === 0)
  if (perGroup.missing.length === 0 && complete.length === keys.length)
    return { layout: 'row-per-group', rows: perGroup.rows, end: perGroup.end }
  const tables = walkGroupTables(tokens, head, stop)
  if (tables) return { layout: 'row-per-group', rows: tables.rows, end: tables.end }

  // National layout: the values follow the last header label, from the next row on.
  let firstNumber = -1
  for (let i = head; i < stop; i++) {
    if (tokens[i].kind === 'num') {
      firstNumber = i
      break
    }
  }
  const limit = firstNumber >= 0 ? firstNumber : stop
  let lastLabel = -1
  for (let i = head; i < limit; i++) if (tokens[i].kind === 'label') lastLabel = i
  if (lastLabel < 0) return undefined
  let from = lastLabel + 1
  for (let i = from; i < limit; i++) {
    if (tokens[i].kind === 'break') {
      from = i + 1
      break
    }
  }
  const values = collectValues(tokens, from, DISPUTE_KEYS.length * DISPUTE_GROUPS.length, true)
  return { layout: 'national', values, label: tokens[lastLabel], end: values.end }
}
