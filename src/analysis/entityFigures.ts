/**
 * Reports grouped into entities (an office, or a region = the sum of its offices) per year, with
 * the figures rankings and comparisons read: summed Totals (so a region's rate is Σ numerator /
 * Σ denominator, never a mean of office rates), the compliance score and the findings count.
 * One pass over the column store's rows (analysis/columns.ts), then one over the findings index.
 *
 * Compliance per entity-year:
 * - an office: the score of the office-year's findings and not-assessable entries under the index's scheme;
 * - a region: the **mean of its offices' scores**. Scoring the region's findings as one unit would
 *   floor every region of 40 offices at 0 and rank nothing. Office-years with no report but a
 *   `missing-report` finding take part (scored base − missingReport), so gaps pull a region down; office-years not
 *   yet due (only a not-assessable entry) do not.
 * - findingsCount: errors + warnings of the office-year, summed over a region's offices.
 */
import { SUM_KEYS, type MetricSum, type SumKey, type Totals } from '../domain/metrics'
import { DEFAULT_SCHEME, scoreWith, type AssessmentScheme, type Deduction } from '../domain/scheme'
import { isBlank } from '../domain/summary'
import type { Finding, NotAssessable } from '../domain/types'
import { allIndices, flags, type ReportColumns } from './columns'

export type EntityLevel = 'office' | 'region'

/** The region entity of offices whose region is blank. */
export const NO_REGION = '（未填地区）'

export interface ReportFindings {
  office: string
  year: number
  findings: Finding[]
  notAssessable: NotAssessable[]
  /** The office-year's score under the index's scheme, computed once here: rankings re-read it often. */
  score: number
  /** What the scheme deducted, by rule. */
  deductions: Deduction[]
  /** The office-year has a `missing-report` finding (so no report). */
  missing: boolean
}

/**
 * office → year → that office-year's findings, scored under `scheme`. Build it with
 * `indexFindings` once per check result and scheme. Nested rather than keyed by a joined string:
 * no key strings are built per report or finding.
 */
export type FindingsByKey = ReadonlyMap<string, ReadonlyMap<number, ReportFindings>> & {
  /** The scheme the scores are under (an office-year without findings scores its base). */
  readonly scheme: AssessmentScheme
}

/** An index with the given offices (e.g. a selection of another index's), under a scheme. */
export function findingsIndexOf(
  scheme: AssessmentScheme,
  entries: Iterable<[string, ReadonlyMap<number, ReportFindings>]> = [],
): FindingsByKey {
  return Object.assign(new Map(entries), { scheme })
}

/**
 * Index a CheckResult (e.g. the data store's `checks`) by office and year, scored under a scheme.
 * Pass the review-only anomalies among the findings only when the scheme charges them.
 */
export function indexFindings(
  check: { findings: readonly Finding[]; notAssessable: readonly NotAssessable[] },
  scheme: AssessmentScheme = DEFAULT_SCHEME,
): FindingsByKey {
  const index = new Map<string, Map<number, ReportFindings>>()
  const entry = (office: string, year: number) => {
    let years = index.get(office)
    if (!years) index.set(office, (years = new Map()))
    let e = years.get(year)
    if (!e)
      years.set(
        year,
        (e = { office, year, findings: [], notAssessable: [], score: scheme.base, deductions: [], missing: false }),
      )
    return e
  }
  for (const f of check.findings) {
    if (f.office === undefined || f.year === undefined) continue
    const e = entry(f.office, f.year)
    e.findings.push(f)
    if (f.rule === 'missing-report') e.missing = true
  }
  for (const n of check.notAssessable) entry(n.office, n.year).notAssessable.push(n)
  for (const years of index.values())
    for (const e of years.values()) Object.assign(e, scoreWith(scheme, e.findings, e.notAssessable))
  return findingsIndexOf(scheme, index)
}

/** The findings of one office-year, if any. */
export function findingsOf(index: FindingsByKey, office: string, year: number): ReportFindings | undefined {
  return index.get(office)?.get(year)
}

export interface EntityYear {
  entity: string
  /** The office's region (office level; for a region entity: null). */
  region: string | null
  year: number
  /** The sums asked for (`EntityFigureOptions.sums`); every other sum reads as no report. */
  totals: Totals
  /** Reports summed into `totals`. */
  reports: number
  /** Offices scored (reports plus office-years missing a report); 0 without a findings index. */
  scored: number
  scoreSum: number
  findingsCount: number
}

export function entityOf(level: EntityLevel, r: { office: string; region: string | null }): string {
  return level === 'office' ? r.office : (r.region ?? NO_REGION)
}

export interface EntityFigureOptions {
  level: EntityLevel
  /** The reports (rows of the columns) to sum; default every one. */
  rows?: Int32Array
  /** Only these years (null: all). */
  years?: ReadonlySet<number> | null
  /** Only these entities (null: all). */
  only?: ReadonlySet<string> | null
  /** Without it, scores and findings counts are not computed (`scored` stays 0). */
  findings?: FindingsByKey
  /**
   * The sums to total (SUM_KEYS entries); default all. A ranking of 100,000 offices totals only
   * its metric and the volume: the other sums of every entity are never built.
   */
  sums?: readonly SumKey[]
}

/** year → entity → figures. */
export type EntityFigures = Map<number, Map<string, EntityYear>>

/** A sum nobody asked for: shared and frozen, it reads as "no report contributed". */
const UNTOTALLED: MetricSum = Object.freeze({ num: 0, den: 0, included: 0, skipped: 0 })

export function entityFigures(cols: ReportColumns, options: EntityFigureOptions): EntityFigures {
  const { level, years = null, only = null, findings } = options
  const rows = options.rows ?? allIndices(cols)
  const sumSlots = [...new Set(options.sums ?? SUM_KEYS)].map((k) => SUM_KEYS.indexOf(k))
  const out: EntityFigures = new Map()
  const byOffice = level === 'office'
  const names: readonly (string | null)[] = byOffice ? cols.offices : cols.regions
  const nameOf = (i: number) => (byOffice ? cols.offices[i] : (cols.regions[i] ?? NO_REGION))
  const keepName = flags(names, (_, i) => !only || only.has(nameOf(i)))
  const keepYear = flags(cols.years, (y) => !years || years.has(y))
  const Y = cols.years.length
  // One entity-year per (table entry, year index), found without building a key string per report.
  const slots: (EntityYear | undefined)[] = new Array(names.length * Y)

  const slot = (entity: string, region: string | null, year: number): EntityYear => {
    let byEntity = out.get(year)
    if (!byEntity) out.set(year, (byEntity = new Map()))
    let e = byEntity.get(entity)
    if (!e) {
      const sums = SUM_KEYS.map(() => UNTOTALLED)
      for (const k of sumSlots) sums[k] = { num: 0, den: 0, included: 0, skipped: 0 }
      e = {
        entity,
        region: byOffice ? region : null,
        year,
        totals: { reports: 0, sums },
        reports: 0,
        scored: 0,
        scoreSum: 0,
        findingsCount: 0,
      }
      byEntity.set(entity, e)
    }
    return e
  }

  // Newest report of each office: the region an office-year missing its report belongs to.
  const newestYear = findings ? new Int32Array(cols.offices.length).fill(-1) : null
  const newestRegion = findings ? new Int32Array(cols.offices.length) : null

  // One report per office-year is assumed (the database's primary key).
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]
    const o = cols.office[i]
    if (newestYear && newestYear[o] < cols.year[i]) {
      newestYear[o] = cols.year[i]
      newestRegion![o] = cols.region[i]
    }
    const y = cols.yearIndex[i]
    const n = byOffice ? o : cols.region[i]
    if (!keepYear[y] || !keepName[n]) continue
    let e = slots[n * Y + y]
    if (!e) e = slots[n * Y + y] = slot(nameOf(n), cols.regions[cols.region[i]], cols.years[y])
    e.reports++
    e.totals.reports++
    for (const k of sumSlots) addColumns(e.totals.sums[k], cols, k, i)
    if (!findings) continue
    const f = findings.get(cols.offices[o])?.get(cols.year[i])
    e.scored++
    e.scoreSum += f ? f.score : findings.scheme.base
    e.findingsCount += f ? f.findings.length : 0
  }

  if (findings) {
    // Office-years without a report: only a missing report counts (not-yet-due ones are skipped).
    for (const [office, byYear] of findings) {
      for (const f of byYear.values()) {
        if (!f.missing || (years && !years.has(f.year))) continue
        const o = cols.officeIndex.get(office)
        const region = o !== undefined && newestYear![o] >= 0 ? cols.regions[newestRegion![o]] : null
        const entity = entityOf(level, { office, region })
        if (only && !only.has(entity)) continue
        const e = slot(entity, region, f.year)
        e.scored++
        e.scoreSum += f.score
        e.findingsCount += f.findings.length
      }
    }
  }
  return out
}

/** Adds report i's inputs of sum k to `s`, or counts it as skipped (metrics.ts's add over the columns). */
function addColumns(s: MetricSum, cols: ReportColumns, k: number, i: number): void {
  const v = cols.sumNum[k][i]
  const den = cols.sumDen[k]
  const d = den ? den[i] : 0
  if (isBlank(v) || isBlank(d)) {
    s.skipped++
    return
  }
  s.num += v
  s.den += d
  s.included++
}

/** The entity's compliance score (office: its own; region: mean over its offices), or null. */
export function entityScore(e: EntityYear): number | null {
  return e.scored > 0 ? e.scoreSum / e.scored : null
}

/**
 * Mean score of every office counted in a year's figures (a region's figures sum its offices, so
 * at the region level this is still the mean over offices, not over regions).
 */
export function overallScore(byEntity: ReadonlyMap<string, EntityYear> | undefined): number | null {
  if (!byEntity) return null
  let sum = 0
  let scored = 0
  for (const e of byEntity.values()) {
    sum += e.scoreSum
    scored += e.scored
  }
  return scored > 0 ? sum / scored : null
}

export function entityFindingsCount(e: EntityYear): number | null {
  return e.scored > 0 ? e.findingsCount : null
}
