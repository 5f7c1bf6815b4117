/**
 * The overview's findings KPIs (errors / missing reports / late reports) for a filter selection,
 * counted from an index built once per check run: the findings folded into one entry per
 * office-year with its three counts, each office with its region and kind. A filter change then
 * tests every distinct office once and scans the entries, instead of filtering all findings.
 *
 * Selection rule (as useSelectedFindings): an office-year is in when its year passes the year
 * filter and its office passes region / kind / name; a finding carries only the office's name, so
 * region and kind come from the office info (the registry, else the office's newest report).
 */
import type { OfficeKind } from '../domain/model'
import type { Finding } from '../domain/types'
import type { OfficeInfoMap, ReportFilters } from './filters'
import { findingFlags, type FindingCounts } from './overview'

export interface FindingCountIndex {
  readonly offices: readonly string[]
  /** Per office: its region and kind from the office info (null / undefined when unknown). */
  readonly officeRegion: readonly (string | null)[]
  readonly officeKind: readonly (OfficeKind | undefined)[]
  /** The distinct years of the entries (0 when a finding has none). */
  readonly years: readonly number[]
  /** Per office-year entry: office index, index into `years`, counts. */
  readonly office: Int32Array
  readonly year: Int32Array
  readonly errors: Int32Array
  readonly missing: Int32Array
  readonly late: Int32Array
}

export function indexFindingCounts(findings: readonly Finding[], info: OfficeInfoMap): FindingCountIndex {
  const officeIndex = new Map<string, number>()
  const offices: string[] = []
  const entryOf = new Map<number, Map<number, number>>() // office index → year → entry
  const office: number[] = []
  const year: number[] = []
  const errors: number[] = []
  const missing: number[] = []
  const late: number[] = []
  for (const f of findings) {
    const c = findingFlags(f)
    if (!c.errors && !c.missing && !c.late) continue
    const name = f.office ?? ''
    const y = f.year ?? 0
    let o = officeIndex.get(name)
    if (o === undefined) {
      officeIndex.set(name, (o = offices.length))
      offices.push(name)
      entryOf.set(o, new Map())
    }
    const byYear = entryOf.get(o)!
    let e = byYear.get(y)
    if (e === undefined) {
      byYear.set(y, (e = office.length))
      office.push(o)
      year.push(y)
      errors.push(0)
      missing.push(0)
      late.push(0)
    }
    errors[e] += c.errors
    missing[e] += c.missing
    late[e] += c.late
  }
  const years = [...new Set(year)]
  const yearAt = new Map(years.map((y, i) => [y, i]))
  return {
    years,
    offices,
    officeRegion: offices.map((o) => info.get(o)?.region ?? null),
    officeKind: offices.map((o) => info.get(o)?.officeKind),
    office: Int32Array.from(office),
    year: Int32Array.from(year, (y) => yearAt.get(y)!),
    errors: Int32Array.from(errors),
    missing: Int32Array.from(missing),
    late: Int32Array.from(late),
  }
}

/** The KPI counts of the office-years the filters select. */
export function countSelectedFindings(index: FindingCountIndex, f: ReportFilters): FindingCounts {
  const years = new Set(f.years)
  const regions = f.regions.length ? new Set(f.regions) : null
  const q = f.q.trim()
  const keepYear = Uint8Array.from(index.years, (y) => (!f.years.length || years.has(y) ? 1 : 0))
  const keep = new Uint8Array(index.offices.length)
  for (let o = 0; o < keep.length; o++) {
    keep[o] =
      (!regions || regions.has(index.officeRegion[o] ?? '')) &&
      (!f.kind || index.officeKind[o] === f.kind) &&
      (!q || index.offices[o].includes(q))
        ? 1
        : 0
  }
  const out = { errors: 0, missing: 0, late: 0 }
  for (let e = 0; e < index.office.length; e++) {
    if (!(keep[index.office[e]] & keepYear[index.year[e]])) continue
    out.errors += index.errors[e]
    out.missing += index.missing[e]
    out.late += index.late[e]
  }
  return out
}
