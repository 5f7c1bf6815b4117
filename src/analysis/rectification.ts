/**
 * The per-office rectification list (整改清单) of the compliance view: one row per finding with
 * the rule's name and the cell in the clerk's words — in the screen's language, or in Chinese for
 * the official documents — ready for a table or an export; and which findings a replacing version
 * of a report no longer has (已整改).
 */
import { CELL_BY_PATH, CELLS } from '../domain/cells'
import { IDENTITY_FIELDS, SECTIONS, type Label } from '../domain/model'
import { ruleRank, RULES, type RuleInfo } from '../domain/rules/info'
import { joinList } from '../i18n/format'
import { translator, type Lang } from '../i18n/translate'
import type { Finding, Severity } from '../domain/types'
import { ANOMALY_RULES, type AnomalyRuleInfo } from './anomalies'
import { compareZh } from './collate'

const zh = translator('zh')

export interface RectificationRow {
  office: string
  region: string | null
  year: number | null
  rule: string
  /** The rule's name, the cell(s) and the message in the language the rows were made in. */
  ruleName: string
  severity: Severity
  /** The cell(s) concerned, as labels (`本年新收政府信息公开申请数量-自然人`). */
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

const RULE_BY_ID = new Map<string, RuleInfo | AnomalyRuleInfo>([...RULES, ...ANOMALY_RULES].map((r) => [r.id, r]))

/** A rule of SPEC §3 or a year-on-year anomaly rule, by id (names and descriptions to show). */
export const ruleById = (id: string): RuleInfo | AnomalyRuleInfo | undefined => RULE_BY_ID.get(id)

/** A rule's name in a language (its id when it is not one of ours). */
export function ruleName(rule: string, lang: Lang): string {
  const l = RULE_BY_ID.get(rule)
  return l ? lang.label(l) : rule
}

/** Labels of whole rows/groups/tables (a finding without a column), from the cells' labels. */
const ROW_LABELS = new Map<string, readonly Label[]>()
for (const c of CELLS) if (!ROW_LABELS.has(c.row)) ROW_LABELS.set(c.row, c.labels.slice(0, -1))
const joined = (labels: readonly Label[], lang: Lang) =>
  labels.map((l) => lang.label(l)).join(lang.locale === 'zh' ? '-' : ' - ')

/** What a finding's field names when it is not a cell or row: a table, the report, a part, an identity field. */
const OTHER_LABELS = new Map<string, (lang: Lang) => string>([
  ...IDENTITY_FIELDS.map((f): [string, (lang: Lang) => string] => [f.key, (lang) => lang.label(f)]),
  ['requests', (lang) => lang.t('cells.requests')],
  ['disputes', (lang) => lang.t('cells.disputes')],
  ['proactive', (lang) => lang.t('cells.proactive')],
  ['report', (lang) => lang.t('cells.report')],
  ['narrative', (lang) => lang.t('cells.narrative')],
  ...SECTIONS.map((s): [string, (lang: Lang) => string] => [
    `sections.${s.key}`,
    (lang) => lang.t('cells.section', { part: s.key }),
  ]),
])

function pathLabel(path: string, lang: Lang): string {
  const cell = CELL_BY_PATH.get(path)
  if (cell) return lang.label(cell)
  const row = ROW_LABELS.get(path)
  if (row) return joined(row, lang)
  return OTHER_LABELS.get(path)?.(lang) ?? path
}

const LABEL_CACHE = new Map<string, string>()

/**
 * The label(s) of the cell(s) a finding concerns, in a language. Cells of one row read as
 * `行政复议：结果维持、…、总计`; cells of one column as `自然人列：一、…、四、…`.
 */
export function findingCellLabel(f: Finding, lang: Lang = zh): string {
  const paths =
    f.cells && f.cells.length > 0
      ? f.cells
      : f.column !== undefined && CELL_BY_PATH.has(`${f.field}.${f.column}`)
        ? [`${f.field}.${f.column}`]
        : []
  if (paths.length === 0) return pathLabel(f.field, lang)
  if (paths.length === 1) return pathLabel(paths[0], lang)
  // The same few cell sets recur across thousands of findings (every row-total names its row).
  const key = `${lang.locale}\u0001${paths.join('\u0001')}`
  let label = LABEL_CACHE.get(key)
  if (label === undefined) {
    if (LABEL_CACHE.size > 10_000) LABEL_CACHE.clear()
    LABEL_CACHE.set(key, (label = cellsLabel(paths, lang)))
  }
  return label
}

function cellsLabel(paths: readonly string[], lang: Lang): string {
  const defs = paths.map((p) => CELL_BY_PATH.get(p))
  if (defs.every((d) => d !== undefined)) {
    const cells = defs as NonNullable<(typeof defs)[number]>[]
    const rowOf = (c: (typeof cells)[number]) => joined(c.labels.slice(0, -1), lang)
    const columnOf = (c: (typeof cells)[number]) => lang.label(c.labels[c.labels.length - 1])
    if (new Set(cells.map((c) => c.row)).size === 1)
      return lang.t('cells.ofRow', { row: rowOf(cells[0]), columns: joinList(cells.map(columnOf), lang.locale) })
    if (new Set(cells.map((c) => `${c.table}.${c.column}`)).size === 1)
      return lang.t('cells.ofColumn', { column: columnOf(cells[0]), rows: joinList(cells.map(rowOf), lang.locale, 4) })
  }
  return joinList(
    paths.map((p) => pathLabel(p, lang)),
    lang.locale,
    3,
  )
}

/** A finding's expected or actual value as shown: words in the language, figures as they are. */
export function findingValue(f: Finding, which: 'expected' | 'actual', lang: Lang = zh): number | string | null {
  const words = f.valueWords?.[which]
  if (words && lang.locale !== 'zh') return lang.nested(words)
  return f[which] ?? null
}

/**
 * One row per finding, in `lang` (the screen's; Chinese for the 通报/整改通知 documents), sorted by
 * region, office, year and rule.
 */
export function rectificationRows(
  findings: readonly Finding[],
  filter: RectificationFilter,
  regionOf: (office: string) => string | null,
  lang: Lang = zh,
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
      ruleName: ruleName(f.rule, lang),
      severity: f.severity,
      cell: findingCellLabel(f, lang),
      expected: findingValue(f, 'expected', lang),
      actual: findingValue(f, 'actual', lang),
      message: lang.text(f),
      ...(f.related ? { related: f.related } : {}),
    })
  }
  // Collate each distinct name once, then sort by position (tens of thousands of findings).
  const position = (names: Iterable<string>) => new Map([...new Set(names)].sort(compareZh).map((n, i) => [n, i]))
  const regionAt = position(rows.map((r) => r.region ?? ''))
  const officeAt = position(rows.map((r) => r.office))
  const regionRank = (r: RectificationRow) => (r.region === null ? Infinity : regionAt.get(r.region)!)
  return rows.sort(
    (a, b) =>
      (a.region === b.region ? 0 : regionRank(a) - regionRank(b)) ||
      officeAt.get(a.office)! - officeAt.get(b.office)! ||
      (a.year ?? 0) - (b.year ?? 0) ||
      ruleRank(a.rule) - ruleRank(b.rule),
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
