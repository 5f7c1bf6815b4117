/**
 * The compliance view's own state, kept in the URL query beside the global filters (year, region,
 * kind, q) so a link or a reload reproduces the view:
 *   tab     matrix | findings | scores | rectify | scheme | circular
 *   rule    a rule id (SPEC §3 or an anomaly id) — findings list filter
 *   sev     error | warning
 *   office  one office (findings list, score trend, rectification scope)
 *   sort    findings: office | year | rule · scores: score | name
 *   page    1-based page of the paged tables
 *   level   office | region (score ranking)
 *   ryear   the ranking's year
 *   na      a rule id: list its "not assessable" entries instead of findings
 *   status  a coverage status: only matrix rows with such a cell
 *   anom    1: the rectification list includes the year-on-year anomaly warnings
 *   print   1: the printable rectification notice
 */
import { COVERAGE_STATUSES, type CoverageStatus } from '../analysis/coverage'
import type { Severity } from '../domain/types'

export const COMPLIANCE_TABS = ['matrix', 'findings', 'scores', 'rectify', 'scheme', 'circular'] as const
export type ComplianceTab = (typeof COMPLIANCE_TABS)[number]

export interface ComplianceParams {
  tab: ComplianceTab
  rule: string | null
  severity: Severity | null
  office: string | null
  sort: string | null
  page: number
  level: 'office' | 'region'
  rankYear: number | null
  notAssessable: string | null
  status: CoverageStatus | null
  anomalies: boolean
  print: boolean
}

type Query = Record<string, unknown>

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const oneOf = <T extends string>(v: unknown, options: readonly T[]): T | null =>
  options.includes(v as T) ? (v as T) : null

export function paramsFromQuery(q: Query): ComplianceParams {
  const page = Number(q.page)
  const rankYear = Number(q.ryear)
  return {
    tab: oneOf(q.tab, COMPLIANCE_TABS) ?? 'matrix',
    rule: text(q.rule),
    severity: oneOf(q.sev, ['error', 'warning'] as const),
    office: text(q.office),
    sort: text(q.sort),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    level: q.level === 'region' ? 'region' : 'office',
    rankYear: Number.isInteger(rankYear) && rankYear > 0 ? rankYear : null,
    notAssessable: text(q.na),
    status: oneOf(q.status, COVERAGE_STATUSES),
    anomalies: q.anom === '1',
    print: q.print === '1',
  }
}

const KEYS: Record<keyof ComplianceParams, string> = {
  tab: 'tab',
  rule: 'rule',
  severity: 'sev',
  office: 'office',
  sort: 'sort',
  page: 'page',
  level: 'level',
  rankYear: 'ryear',
  notAssessable: 'na',
  status: 'status',
  anomalies: 'anom',
  print: 'print',
}

/** Query entries for a patch; defaults are left out so URLs stay short. */
export function paramsToQuery(patch: Partial<ComplianceParams>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(patch) as [keyof ComplianceParams, unknown][]) {
    const isDefault =
      v === null ||
      v === false ||
      (k === 'page' && v === 1) ||
      (k === 'level' && v === 'office') ||
      (k === 'tab' && v === 'matrix')
    out[KEYS[k]] = isDefault ? undefined : v === true ? '1' : String(v)
  }
  return out
}
