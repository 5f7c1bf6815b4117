/**
 * The per-office rectification list (整改清单) of the compliance view: one row per finding with
 * the rule's name and the cell in the clerk's words, ready for a table or an export; and which
 * findings a replacing version of a report no longer has (已整改).
 */
import { CELL_BY_PATH, CELLS } from '../domain/cells'
import { IDENTITY_FIELDS, SECTIONS } from '../domain/model'
import { listNames } from '../domain/rules/common'
import { RULE_ORDER, RULES } from '../domain/rules/info'
import type { Finding, Severity } from '../domain/types'
import { ANOMALY_RULES } from './anomalies'
import { compareZh } from './collate'

export interface RectificationRow {
  office: string
  region: string | null
  year: number | null
  rule: string
  ruleName: string
  severity: Severity
  /** The cell(s) concerned, as Chinese labels (`本年新收政府信息公开申请数量-自然人`). */
  cell: string
  expected: number | string | null
  actual: number | string | null
  message: string
  /** The other report a content finding names (see Finding.related). */
  related?: Finding['related']
}

export interface RectificationFilter {
  office?: string
  region?: string
  year?: number
}

const RULE_NAMES = new Map<string, string>([...RULES, ...ANOMALY_RULES].map((r) => [r.id, r.zh]))
const ORDER = new Map<string, number>([
  ...RULE_ORDER,
  ...ANOMALY_RULES.map((r, i): [string, number] => [r.id, RULE_ORDER.size + i]),
])

/** Labels of whole rows/groups/tables (a finding without a column), from the cells' labels. */
const ROW_LABELS = new Map<string, string>()
for (const c of CELLS) {
  if (!ROW_LABELS.has(c.row))
    ROW_LABELS.set(
      c.row,
      c.labels
        .slice(0, -1)
        .map((l) => l.zh)
        .join('-'),
    )
}
const OTHER_LABELS = new Map<string, string>([
  ...IDENTITY_FIELDS.map((f): [string, string] => [f.key, f.zh]),
  ['requests', '表三（收到和处理政府信息公开申请情况）'],
  ['disputes', '表四（行政复议、行政诉讼情况）'],
  ['proactive', '表二（主动公开政府信息情况）'],
  ['report', '整份年度报告'],
  ['narrative', '报告正文'],
  ...SECTIONS.map((s): [string, string] => [`sections.${s.key}`, `${s.numbering}${s.zh}`]),
])

function pathLabel(path: string): string {
  return CELL_BY_PATH.get(path)?.zh ?? ROW_LABELS.get(path) ?? OTHER_LABELS.get(path) ?? path
}

const LABEL_CACHE = new Map<string, string>()

/**
 * The Chinese label(s) of the cell(s) a finding concerns. Cells of one row read as
 * `行政复议：结果维持、…、总计`; cells of one column as `自然人列：一、…、四、…`.
 */
export function findingCellLabel(f: Finding): string {
  const paths =
    f.cells && f.cells.length > 0
      ? f.cells
      : f.column !== undefined && CELL_BY_PATH.has(`${f.field}.${f.column}`)
        ? [`${f.field}.${f.column}`]
        : []
  if (paths.length === 0) return pathLabel(f.field)
  if (paths.length === 1) return pathLabel(paths[0])
  // The same few cell sets recur across thousands of findings (every row-total names its row).
  const key = paths.join('\u0001')
  let label = LABEL_CACHE.get(key)
  if (label === undefined) {
    if (LABEL_CACHE.size > 10_000) LABEL_CACHE.clear()
    LABEL_CACHE.set(key, (label = cellsLabel(paths)))
  }
  return label
}

function cellsLabel(paths: readonly string[]): string {
  const defs = paths.map((p) => CELL_BY_PATH.get(p))
  if (defs.every((d) => d !== undefined)) {
    const cells = defs as NonNullable<(typeof defs)[number]>[]
    const rowOf = (c: (typeof cells)[number]) =>
      c.labels
        .slice(0, -1)
        .map((l) => l.zh)
        .join('-')
    const columnOf = (c: (typeof cells)[number]) => c.labels[c.labels.length - 1].zh
    if (new Set(cells.map((c) => c.row)).size === 1) return `${rowOf(cells[0])}：${cells.map(columnOf).join('、')}`
    if (new Set(cells.map((c) => `${c.table}.${c.column}`)).size === 1)
      return `${columnOf(cells[0])}列：${listNames(cells.map(rowOf), 4)}`
  }
  return listNames(paths.map(pathLabel))
}

export function rectificationRows(
  findings: readonly Finding[],
  filter: RectificationFilter,
  regionOf: (office: string) => string | null,
): RectificationRow[] {
  const rows: RectificationRow[] = []
  for (const f of findings) {
    const office = f.office ?? ''
    if (filter.office !== undefined && office !== filter.office) continue
    if (filter.year !== undefined && f.year !== filter.year) continue
    const region = regionOf(office)
    if (filter.region !== undefined && region !== filter.region) continue
    rows.push({
      office,
      region,
      year: f.year ?? null,
      rule: f.rule,
      ruleName: RULE_NAMES.get(f.rule) ?? f.rule,
      severity: f.severity,
      cell: findingCellLabel(f),
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      message: f.message,
      ...(f.related ? { related: f.related } : {}),
    })
  }
  // Collate each distinct name once, then sort by position (tens of thousands of findings).
  const position = (names: Iterable<string>) => new Map([...new Set(names)].sort(compareZh).map((n, i) => [n, i]))
  const regionAt = position(rows.map((r) => r.region ?? ''))
  const officeAt = position(rows.map((r) => r.office))
  const regionRank = (r: RectificationRow) => (r.region === null ? Infinity : regionAt.get(r.region)!)
  const ruleRank = (r: RectificationRow) => ORDER.get(r.rule) ?? ORDER.size
  return rows.sort(
    (a, b) =>
      (a.region === b.region ? 0 : regionRank(a) - regionRank(b)) ||
      officeAt.get(a.office)! - officeAt.get(b.office)! ||
      (a.year ?? 0) - (b.year ?? 0) ||
      ruleRank(a) - ruleRank(b),
  )
}

const findingKey = (f: Finding) => `${f.rule}\u0000${f.field}\u0000${f.column ?? ''}`

/**
 * Findings of the replaced version of a report that the new version no longer has (已整改),
 * matched by rule, field and column (a changed value in a still-failing cell is not fixed).
 */
export function fixedFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const still = new Set(after.map(findingKey))
  return before.filter((f) => !still.has(findingKey(f)))
}
