/**
 * The stored reports as a compact column store, for views that re-sum a selection on every filter
 * change (the overview). Built once per reports array (the data store replaces its frozen array on
 * every change, so a WeakMap keyed by the array is the cache): identity as small integer arrays
 * with their string tables, and per report the inputs of everything the overview sums — the
 * metric sums of domain/metrics.ts (`sumInputs`) and the outcome rows of table 三. A filter is then
 * a scan of integer arrays and a sum is a scan of Float64Arrays (or of per-cell sums, see
 * overviewSums.ts), instead of walking ~20,000 nested report objects by key path (~20 µs each).
 *
 * NaN stands for blank (or skipped, for a metric sum), never 0, as in metrics.ts.
 */
import { SUM_HAS_DENOMINATOR, SUM_KEYS, sumInputs } from '../domain/metrics'
import { REQUEST_ROWS, type OfficeKind, type RequestRowDef } from '../domain/model'
import type { Report } from '../domain/types'
import type { ReportFilters } from './filters'

/** The outcome rows of table 三 (予以公开 … 其他), whose `total` column the overview breaks down. */
export const OUTCOME_ROWS: readonly RequestRowDef[] = REQUEST_ROWS.filter((r) => r.outcome)

export interface ReportColumns {
  /** Number of reports; every column has this length, index i is `reports[i]`. */
  readonly n: number
  readonly year: Int32Array
  /** Index into `years` (ascending). */
  readonly yearIndex: Int32Array
  readonly years: readonly number[]
  /** Index into `regions` (a blank region is null). */
  readonly region: Int32Array
  readonly regions: readonly (string | null)[]
  readonly kind: Int32Array
  readonly kinds: readonly OfficeKind[]
  readonly office: Int32Array
  readonly offices: readonly string[]
  /**
   * One column per slot of SUM_KEYS: what the report adds to that sum's numerator, NaN when it is
   * skipped (a needed cell is blank).
   */
  readonly sumNum: readonly Float64Array[]
  /** The matching denominators, for the rates (null for counts, which add 0). */
  readonly sumDen: readonly (Float64Array | null)[]
  /** One column per OUTCOME_ROWS entry: the row's `total` cell, NaN when blank or absent. */
  readonly outcomes: readonly Float64Array[]
  /**
   * The report's cell of the year × region × kind grid (index into groupYear / groupRegion /
   * groupKind). Filters without a name search select whole cells, so sums can be kept per cell.
   */
  readonly group: Int32Array
  readonly groupYear: Int32Array
  readonly groupRegion: Int32Array
  readonly groupKind: Int32Array
}

type Nested = Record<string, unknown> | null | undefined
const asNode = (v: unknown): Nested =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined
const num = (v: unknown): number => (typeof v === 'number' ? v : NaN)

// OUTCOME_ROWS as (part of `requests`, optional sub-row): each part is read once per report.
const OUTCOME_PARTS = [...new Set(OUTCOME_ROWS.map((r) => r.key.split('.')[0]))]
const OUTCOME_PATHS = OUTCOME_ROWS.map((r) => {
  const [part, leaf] = r.key.split('.')
  return { part: OUTCOME_PARTS.indexOf(part), leaf }
})

/** Interns strings (or any values) into a table, handing out dense indices. */
function interner<T>() {
  const index = new Map<T, number>()
  const table: T[] = []
  return {
    table,
    of(v: T): number {
      let i = index.get(v)
      if (i === undefined) {
        i = table.length
        index.set(v, i)
        table.push(v)
      }
      return i
    },
  }
}

function buildColumns(reports: readonly Report[]): ReportColumns {
  const n = reports.length
  const year = new Int32Array(n)
  const yearIndex = new Int32Array(n)
  const region = new Int32Array(n)
  const kind = new Int32Array(n)
  const office = new Int32Array(n)
  const regions = interner<string | null>()
  const kinds = interner<OfficeKind>()
  const offices = interner<string>()
  const years = interner<number>()
  const sumNum = SUM_KEYS.map(() => new Float64Array(n))
  const sumDen = SUM_HAS_DENOMINATOR.map((has) => (has ? new Float64Array(n) : null))
  const outcomes = OUTCOME_ROWS.map(() => new Float64Array(n))
  const inNum = new Float64Array(SUM_KEYS.length)
  const inDen = new Float64Array(SUM_KEYS.length)
  const slots = SUM_KEYS.length
  const parts: Nested[] = OUTCOME_PARTS.map(() => undefined)

  for (let i = 0; i < n; i++) {
    const r = reports[i]
    year[i] = r.year
    yearIndex[i] = years.of(r.year)
    region[i] = regions.of(r.region ?? null)
    kind[i] = kinds.of(r.officeKind)
    office[i] = offices.of(r.office)

    sumInputs(r, inNum, inDen)
    for (let k = 0; k < slots; k++) {
      const a = inNum[k]
      const b = inDen[k]
      // Same test as metrics.ts's add(): a non-finite pair skips the report for that sum.
      sumNum[k][i] = Number.isFinite(a) && Number.isFinite(b) ? a : NaN
      const d = sumDen[k]
      if (d) d[i] = b
    }

    const q = asNode(r.requests)
    for (let p = 0; p < OUTCOME_PARTS.length; p++) parts[p] = q ? asNode(q[OUTCOME_PARTS[p]]) : undefined
    for (let j = 0; j < OUTCOME_PATHS.length; j++) {
      const { part, leaf } = OUTCOME_PATHS[j]
      const node = leaf === undefined ? parts[part] : asNode(parts[part]?.[leaf])
      outcomes[j][i] = node ? num(node.total) : NaN
    }
  }

  // Years in ascending order, so a year's index orders the overview's per-year figures.
  const sortedYears = [...years.table].sort((a, b) => a - b)
  const remap = new Int32Array(years.table.length)
  years.table.forEach((y, i) => (remap[i] = sortedYears.indexOf(y)))
  for (let i = 0; i < n; i++) yearIndex[i] = remap[yearIndex[i]]

  const group = new Int32Array(n)
  const groups = interner<number>()
  const nRegions = regions.table.length
  const nKinds = kinds.table.length
  for (let i = 0; i < n; i++) group[i] = groups.of((yearIndex[i] * nRegions + region[i]) * nKinds + kind[i])
  const cell = Int32Array.from(groups.table)

  return {
    n,
    year,
    yearIndex,
    years: sortedYears,
    region,
    regions: regions.table,
    kind,
    kinds: kinds.table,
    office,
    offices: offices.table,
    sumNum,
    sumDen,
    outcomes,
    group,
    groupYear: cell.map((c) => Math.floor(c / (nRegions * nKinds))),
    groupRegion: cell.map((c) => Math.floor(c / nKinds) % nRegions),
    groupKind: cell.map((c) => c % nKinds),
  }
}

const cache = new WeakMap<readonly Report[], ReportColumns>()

/**
 * The column store of a reports array, built on first use and cached for that array. The array
 * must not change afterwards (the data store's is frozen and replaced on every change).
 */
export function reportColumns(reports: readonly Report[]): ReportColumns {
  let cols = cache.get(reports)
  if (!cols) cache.set(reports, (cols = buildColumns(reports)))
  return cols
}

const everyIndex = new WeakMap<ReportColumns, Int32Array>()

/** 0 … n−1: the selection of every report. Shared; do not modify. */
export function allIndices(cols: ReportColumns): Int32Array {
  let all = everyIndex.get(cols)
  if (!all) {
    all = new Int32Array(cols.n)
    for (let i = 0; i < cols.n; i++) all[i] = i
    everyIndex.set(cols, all)
  }
  return all
}

/** A flag per table entry: does it pass `test`? Each distinct value is tested once. */
function flags<T>(table: readonly T[], test: (v: T) => boolean): Uint8Array {
  const out = new Uint8Array(table.length)
  for (let i = 0; i < table.length; i++) out[i] = test(table[i]) ? 1 : 0
  return out
}

/** Per year / region / kind table entry: does it pass the filters? */
function tableFlags(cols: ReportColumns, f: ReportFilters) {
  const years = new Set(f.years)
  const regions = new Set(f.regions)
  return {
    keepYear: flags(cols.years, (y) => !f.years.length || years.has(y)),
    keepRegion: flags(cols.regions, (r) => !f.regions.length || regions.has(r ?? '')),
    keepKind: flags(cols.kinds, (k) => !f.kind || k === f.kind),
  }
}

/**
 * The year × region × kind cells (`cols.group`) the filters select, one flag per cell — or null
 * when the filters search office names, which cuts across cells.
 */
export function selectGroups(cols: ReportColumns, f: ReportFilters): Uint8Array | null {
  if (f.q.trim()) return null
  const { keepYear, keepRegion, keepKind } = tableFlags(cols, f)
  const out = new Uint8Array(cols.groupYear.length)
  for (let g = 0; g < out.length; g++)
    out[g] = keepYear[cols.groupYear[g]] & keepRegion[cols.groupRegion[g]] & keepKind[cols.groupKind[g]]
  return out
}

/**
 * The indices (ascending) of the reports matching the filters — the same reports as
 * `filterReports(reports, filters)`. Do not modify the result (with no filter it is shared).
 */
export function selectIndices(cols: ReportColumns, f: ReportFilters): Int32Array {
  const q = f.q.trim()
  if (!f.years.length && !f.regions.length && !f.kind && !q) return allIndices(cols)
  const { keepYear, keepRegion, keepKind } = tableFlags(cols, f)
  const keepOffice = flags(cols.offices, (o) => !q || o.includes(q))
  const { yearIndex, region, kind, office } = cols
  const out = new Int32Array(cols.n)
  let count = 0
  for (let i = 0; i < cols.n; i++) {
    if (keepYear[yearIndex[i]] & keepRegion[region[i]] & keepKind[kind[i]] & keepOffice[office[i]]) out[count++] = i
  }
  return out.slice(0, count)
}

/** The selected reports as objects (for exports), in their order. */
export function pick<R>(reports: readonly R[], sel: Int32Array): R[] {
  const out = new Array<R>(sel.length)
  for (let j = 0; j < sel.length; j++) out[j] = reports[sel[j]]
  return out
}
