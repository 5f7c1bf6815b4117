/**
 * The findings list: rule and anomaly findings filtered by rule, severity and office, grouped
 * counts (which rules fail most, which regions have most), sorting, and the link of each finding
 * to its cell in the office detail view. The pure helpers are exported for tests.
 */
import { computed } from 'vue'
import { ANOMALY_RULES, type AnomalyRuleInfo } from '../analysis/anomalies'
import { compareZh } from '../analysis/collate'
import { findingCellLabel } from '../analysis/rectification'
import { RULE_ORDER, RULES, type RuleInfo } from '../domain/rules/info'
import type { Finding, NotAssessable, Severity } from '../domain/types'
import { useComplianceContext } from './useComplianceData'
import { useComplianceParams, type FindingSort } from './useComplianceParams'
import { usePage } from './usePage'

export interface RuleSummary {
  id: string
  zh: string
  en: string
  severity: Severity
  /** A year-on-year anomaly: listed, not scored. */
  anomaly: boolean
  penalty: number
  cap: number
  count: number
  /** Distinct offices with a finding of the rule. */
  offices: number
  notAssessable: number
}

export interface RegionSummary {
  region: string | null
  errors: number
  warnings: number
  anomalies: number
  offices: number
}

/** A finding as the findings list and the rectification list show it (a RectificationRow is one). */
export interface FindingLine {
  office: string
  region: string | null
  year?: number | null
  rule: string
  severity: Severity
  /** The cell(s) concerned, in the clerk's words. */
  cell: string
  expected?: number | string | null
  actual?: number | string | null
  message: string
  /** The flat path of the cell the office view opens at, if any. */
  cellPath?: string | null
}

export const ANOMALY_IDS: ReadonlySet<string> = new Set(ANOMALY_RULES.map((r) => r.id))
const RULE_BY_ID = new Map<string, RuleInfo | AnomalyRuleInfo>([...RULES, ...ANOMALY_RULES].map((r) => [r.id, r]))

/** A rule of SPEC §3 or a year-on-year anomaly rule, by id (names and descriptions to show). */
export const ruleById = (id: string): RuleInfo | AnomalyRuleInfo | undefined => RULE_BY_ID.get(id)

const ORDER = new Map<string, number>([
  ...RULE_ORDER,
  ...ANOMALY_RULES.map((r, i): [string, number] => [r.id, RULE_ORDER.size + i]),
])

export function summarizeByRule(
  findings: readonly Finding[],
  anomalies: readonly Finding[],
  notAssessable: readonly NotAssessable[],
): RuleSummary[] {
  const rows = new Map<string, RuleSummary & { officeSet: Set<string> }>()
  for (const r of [...RULES, ...ANOMALY_RULES]) {
    rows.set(r.id, {
      id: r.id,
      zh: r.zh,
      en: r.en,
      severity: r.severity,
      anomaly: ANOMALY_IDS.has(r.id),
      penalty: r.penalty,
      cap: r.cap,
      count: 0,
      offices: 0,
      notAssessable: 0,
      officeSet: new Set(),
    })
  }
  for (const list of [findings, anomalies]) {
    for (const f of list) {
      const row = rows.get(f.rule)
      if (!row) continue
      row.count++
      row.officeSet.add(f.office ?? '')
    }
  }
  for (const n of notAssessable) {
    const row = rows.get(n.rule)
    if (row) row.notAssessable++
  }
  return [...rows.values()].map(({ officeSet, ...r }) => ({ ...r, offices: officeSet.size }))
}

/** Regions by their error count (then warnings), blank region last. */
export function summarizeByRegion(
  findings: readonly Finding[],
  regionOf: (office: string) => string | null,
): RegionSummary[] {
  const rows = new Map<string | null, RegionSummary & { officeSet: Set<string> }>()
  for (const f of findings) {
    const office = f.office ?? ''
    const region = regionOf(office)
    let row = rows.get(region)
    if (!row)
      rows.set(region, (row = { region, errors: 0, warnings: 0, anomalies: 0, offices: 0, officeSet: new Set() }))
    if (ANOMALY_IDS.has(f.rule)) row.anomalies++
    else if (f.severity === 'error') row.errors++
    else row.warnings++
    row.officeSet.add(office)
  }
  return [...rows.values()]
    .map(({ officeSet, ...r }) => ({ ...r, offices: officeSet.size }))
    .sort(
      (a, b) =>
        b.errors - a.errors ||
        b.warnings - a.warnings ||
        b.anomalies - a.anomalies ||
        (a.region === null ? 1 : b.region === null ? -1 : compareZh(a.region, b.region)),
    )
}

/**
 * A stable order: by region and office, by year (newest first), or by rule. `officeRank` gives an
 * office's position in region-then-name order (the coverage rows' order: collated once per data
 * change, not on every sort); offices it does not know go last, by name.
 */
export function sortFindings<F extends { office?: string; year?: number; rule: string }>(
  findings: readonly F[],
  sort: FindingSort,
  officeRank: ReadonlyMap<string, number>,
): F[] {
  const rank = (f: F) => officeRank.get(f.office ?? '') ?? Infinity
  const byOffice = (a: F, b: F) => {
    const ra = rank(a)
    const rb = rank(b)
    return ra === rb ? (ra === Infinity ? compareZh(a.office ?? '', b.office ?? '') : 0) : ra - rb
  }
  const byRule = (a: F, b: F) => (ORDER.get(a.rule) ?? 99) - (ORDER.get(b.rule) ?? 99)
  const byYear = (a: F, b: F) => (a.year ?? 0) - (b.year ?? 0)
  const compare =
    sort === 'year'
      ? (a: F, b: F) => -byYear(a, b) || byOffice(a, b) || byRule(a, b)
      : sort === 'rule'
        ? (a: F, b: F) => byRule(a, b) || byOffice(a, b) || byYear(a, b)
        : (a: F, b: F) => byOffice(a, b) || byYear(a, b) || byRule(a, b)
  return [...findings].sort(compare)
}

/** The flat path of the (first) cell a finding concerns, for the office view to highlight. */
export function findingCell(f: Finding): string | null {
  if (f.cells && f.cells.length > 0) return f.cells[0]
  if (f.field === 'report') return null
  return f.column !== undefined ? `${f.field}.${f.column}` : f.field
}

/** A finding as a row of the findings list: its office's region, the cell's label and path. */
export function findingLine(f: Finding, regionOf: (office: string) => string | null): FindingLine {
  const office = f.office ?? ''
  return {
    office,
    region: regionOf(office),
    year: f.year,
    rule: f.rule,
    severity: f.severity,
    cell: findingCellLabel(f),
    expected: f.expected,
    actual: f.actual,
    message: f.message,
    cellPath: findingCell(f),
  }
}

/** Route location of the office detail view at the finding's year and cell. */
export function officeLink(office: string, year?: number | null, cell?: string | null) {
  const query: Record<string, string> = {}
  if (year !== undefined && year !== null) query.year = String(year)
  if (cell) query.cell = cell
  return { name: 'office', params: { name: office }, query }
}

export const FINDINGS_PAGE_SIZE = 50

export function useComplianceFindings() {
  const ctx = useComplianceContext()
  const { params } = useComplianceParams()

  const sort = computed<FindingSort>(() =>
    params.value.sort === 'year' || params.value.sort === 'rule' ? params.value.sort : 'office',
  )
  const ofOffice = (f: { office?: string }) => params.value.office === null || f.office === params.value.office

  /** Per rule (every rule, also those with no finding): counts before the rule/severity filter. */
  const byRule = computed(() =>
    summarizeByRule(
      ctx.ruleFindings.value.filter(ofOffice),
      ctx.anomalyFindings.value.filter(ofOffice),
      ctx.notAssessable.value.filter((n) => ofOffice(n)),
    ),
  )

  const listed = computed<Finding[]>(() => {
    const { rule, severity } = params.value
    const keep = (f: Finding) =>
      (rule === null || f.rule === rule) && (severity === null || f.severity === severity) && ofOffice(f)
    return [...ctx.ruleFindings.value.filter(keep), ...ctx.anomalyFindings.value.filter(keep)]
  })
  const byRegion = computed(() => summarizeByRegion(listed.value, ctx.regionOf))
  const sorted = computed(() => sortFindings(listed.value, sort.value, ctx.officeRank.value))

  const { page, pages, pageRows } = usePage(sorted, () => params.value.page, FINDINGS_PAGE_SIZE)

  /** "Not assessable" entries of the chosen rule (`na` in the URL). */
  const notAssessableListed = computed<NotAssessable[]>(() => {
    const rule = params.value.notAssessable
    if (rule === null) return []
    return sortFindings(
      ctx.notAssessable.value.filter((n) => n.rule === rule && ofOffice(n)),
      sort.value,
      ctx.officeRank.value,
    )
  })

  /** Deadline not assessable = publication date unknown: counted apart, never "on time". */
  const dateUnknown = computed(() => ctx.notAssessable.value.filter((n) => n.rule === 'deadline' && ofOffice(n)).length)

  return { sort, byRule, byRegion, listed, sorted, page, pages, pageRows, notAssessableListed, dateUnknown }
}
