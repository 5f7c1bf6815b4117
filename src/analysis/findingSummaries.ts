/**
 * The findings list in figures and order: counts per rule (every rule, also those with none) and
 * per region, a stable sort (by region and office, by year, or by rule), and a finding as a row
 * of the list with its office's region and the cell it concerns.
 */
import { ANOMALY_RULES } from './anomalies'
import { compareZh } from './collate'
import { findingCellLabel, findingValue, ruleById } from './rectification'
import { translator, type Lang } from '../i18n/translate'
import { ruleRank, RULES } from '../domain/rules/info'
import type { Finding, NotAssessable, Severity } from '../domain/types'

/** How the findings list is sorted: by region and office, by year (newest first), or by rule. */
export type FindingSort = 'office' | 'year' | 'rule'

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
  /** The other report a content finding names (narrative-copy: the report the text is alike). */
  related?: Finding['related']
}

export const ANOMALY_IDS: ReadonlySet<string> = new Set(ANOMALY_RULES.map((r) => r.id))
// The views import the catalogue lookup from here, beside the findings list it names.
export { ruleById }

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
  const byRule = (a: F, b: F) => ruleRank(a.rule) - ruleRank(b.rule)
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

/** A finding as a row of the findings list (in `lang`, the screen's): its office's region, the cell's label and path. */
export function findingLine(
  f: Finding,
  regionOf: (office: string) => string | null,
  lang: Lang = translator('zh'),
): FindingLine {
  const office = f.office ?? ''
  return {
    office,
    region: regionOf(office),
    year: f.year,
    rule: f.rule,
    severity: f.severity,
    cell: findingCellLabel(f, lang),
    expected: findingValue(f, 'expected', lang),
    actual: findingValue(f, 'actual', lang),
    message: lang.text(f),
    cellPath: findingCell(f),
    ...(f.related ? { related: f.related } : {}),
  }
}
