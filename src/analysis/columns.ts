/**
 * The stored records as a column store, for views that re-sum a selection on every filter change.
 * Built once per records array (the data store replaces its frozen array on every change, so a
 * WeakMap keyed by the array is the cache): identity as small integer arrays with their string
 * tables, and per report the inputs of everything the views sum — the metric sums of
 * domain/metrics.ts (`sumInputs`) and the outcome rows of table 三. A filter is then a scan of
 * integer arrays and a sum is a scan of Float64Arrays (or of per-cell sums, see overviewSums.ts).
 *
 * NaN stands for blank (or skipped, for a metric sum), never 0, as in metrics.ts.
 */
import { CELL_BY_PATH } from '../domain/cells'
import { SUM_HAS_DENOMINATOR, SUM_KEYS, sumInputs } from '../domain/metrics'
import { REQUEST_ROWS, TEMPLATES, type OfficeKind, type RequestRowDef, type TemplateId } from '../domain/model'
import { formatLayout, type ReportRecord } from '../domain/record'
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

// The slot of each outcome row's `total` cell per format (-1 where the format lacks the row: blank).
const OUTCOME_SLOTS = Object.fromEntries(
  TEMPLATES.map((t) => {
    const { slotOf } = formatLayout(t)
    return [t, Int32Array.from(OUTCOME_ROWS, (r) => slotOf[CELL_BY_PATH.get(`requests.${r.key}.total`)!.index])]
  }),
) as Record<TemplateId, Int32Array>

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

function buildColumns(reports: readonly ReportRecord[]): ReportColumns {
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

    const outcomeSlots = OUTCOME_SLOTS[r.template]
    for (let j = 0; j < outcomeSlots.length; j++) {
      const slot = outcomeSlots[j]
      outcomes[j][i] = slot < 0 ? NaN : r.cells[slot]
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

const cache = new WeakMap<readonly ReportRecord[], ReportColumns>()

/**
 * The column store of a reports array, built on first use and cached for that array. The array
 * must not change afterwards (the data store's is frozen and replaced on every change).
 */
export function reportColumns(reports: readonly ReportRecord[]): ReportColumns {
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
