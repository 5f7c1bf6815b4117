/**
 * The global filters every view shares, and their URL form (so a link reproduces the view).
 */
import type { OfficeKind } from '../domain/model'

export interface ReportFilters {
  years: number[]
  regions: string[]
  kind: OfficeKind | null
  /** Substring of the office name. */
  q: string
}

export const NO_FILTERS: ReportFilters = { years: [], regions: [], kind: null, q: '' }

type Query = Record<string, string | null | (string | null)[] | undefined>

function list(v: Query[string]): string[] {
  if (v === undefined || v === null) return []
  const parts = Array.isArray(v) ? v : [v]
  return parts
    .flatMap((p) => (p ?? '').split(','))
    .map((s) => s.trim())
    .filter(Boolean)
}

export function filtersFromQuery(query: Query): ReportFilters {
  const years = list(query.year)
    .map(Number)
    .filter((y) => Number.isInteger(y))
  const kind = query.kind === 'government' || query.kind === 'department' ? query.kind : null
  const q = typeof query.q === 'string' ? query.q : ''
  return { years: [...new Set(years)].sort(), regions: [...new Set(list(query.region))], kind, q }
}

export function filtersToQuery(f: ReportFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.years.length) out.year = [...f.years].sort().join(',')
  if (f.regions.length) out.region = f.regions.join(',')
  if (f.kind) out.kind = f.kind
  if (f.q) out.q = f.q
  return out
}

/** A predicate for reports (and office/year pairs) matching the filters. */
export function matcher(
  f: ReportFilters,
): (r: { office: string; region: string | null; officeKind?: OfficeKind; year: number }) => boolean {
  const years = f.years.length ? new Set(f.years) : null
  const regions = f.regions.length ? new Set(f.regions) : null
  const q = f.q.trim()
  return (r) =>
    (!years || years.has(r.year)) &&
    (!regions || regions.has(r.region ?? '')) &&
    (!f.kind || r.officeKind === f.kind) &&
    (!q || r.office.includes(q))
}

/** Region and kind of each office by name (findings carry only the name). */
export type OfficeInfoMap = ReadonlyMap<string, { region: string | null; officeKind: OfficeKind }>

/**
 * The filters as a predicate on an office-year. Findings carry only the office's name, so its
 * region and kind come from `info` (the data store's officeInfo: the registry, else its newest report).
 */
export function officeYearMatcher(f: ReportFilters, info: OfficeInfoMap): (office: string, year?: number) => boolean {
  const match = matcher(f)
  return (office, year = 0) => {
    const o = info.get(office)
    return match({ office, region: o?.region ?? null, officeKind: o?.officeKind, year })
  }
}

/** The newest year with reports (null without any). */
export function newestYear(records: readonly { year: number }[]): number | null {
  let newest: number | null = null
  for (const r of records) if (newest === null || r.year > newest) newest = r.year
  return newest
}
