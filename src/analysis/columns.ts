/**
 * The stored reports as a column store: what every view reads, resident in memory, built from the
 * pages' summaries (domain/summary.ts) — not from the reports' cells, which stay in IndexedDB.
 * Identity as small integer arrays with their string tables; per report the numbers the views
 * sum (the metric QUANTITIES and the outcome rows of table 三) as Int32 columns with BLANK for a
 * blank (Float64 with NaN where a value does not fit); which page and position holds the report,
 * so its full record can be read when one is needed. A filter is a scan of integer arrays and a
 * sum is a scan of typed columns (or of per-cell sums, see overviewSums.ts).
 *
 * Rows are in storage order (page id, then position), whether built at once from every summary
 * (`columnsOfPages`, when the board opens) or patched after a change (`patchColumns`: the pages a
 * change rewrote or added replace theirs, every other row is copied) — the same columns either way.
 */
import { SUM_DENOMINATOR, SUM_KEYS, SUM_NUMERATOR } from '../domain/metrics'
import type { OfficeKind } from '../domain/model'
import type { ReportRecord } from '../domain/record'
import { BLANK, INPUT_COUNT, OUTCOME_ROWS, outcomeInput, summarize, type RecordSummary } from '../domain/summary'
import { compareZh } from './collate'
import type { EntityLevel } from './entityFigures'
import type { ReportFilters } from './filters'

export { OUTCOME_ROWS } from '../domain/summary'

/** A summed column: Int32 with BLANK for blank, or Float64 with NaN (see domain/summary.ts isBlank). */
export type NumberColumn = Int32Array | Float64Array

/** A page's summary with its id (db/pages.ts PageSummary has this shape). */
export type IdentifiedSummary = RecordSummary & { id: number }

export interface ReportColumns {
  /** Number of reports; every per-report column has this length. */
  readonly n: number
  /** The stored data's generation these columns show (db/pages.ts Directory); 0 in memory. */
  readonly generation: number
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
  /** Office name → index into `offices`. */
  readonly officeIndex: ReadonlyMap<string, number>
  readonly batchId: Int32Array
  /** Index into `publishedDates` (the report's publication date, ISO; null when it has none). */
  readonly published: Int32Array
  readonly publishedDates: readonly (string | null)[]
  /** The page holding each report, and its position there. */
  readonly page: Int32Array
  readonly slot: Int32Array
  /** Page ids, ascending; page k's reports are rows pageStart[k] … pageStart[k + 1] − 1. */
  readonly pages: Int32Array
  readonly pageStart: Int32Array
  /** The summed columns of domain/summary.ts (INPUT_COUNT). */
  readonly inputs: readonly NumberColumn[]
  /** Per SUM_KEYS entry: the column it adds (an entry of `inputs`). */
  readonly sumNum: readonly NumberColumn[]
  /** The matching denominators, for the rates (null for counts, which add 0). */
  readonly sumDen: readonly (NumberColumn | null)[]
  /** One column per OUTCOME_ROWS entry: the row's `total` cell. */
  readonly outcomes: readonly NumberColumn[]
  /**
   * The report's cell of the year × region × kind grid (index into groupYear / groupRegion /
   * groupKind). Filters without a name search select whole cells, so sums can be kept per cell.
   */
  readonly group: Int32Array
  readonly groupYear: Int32Array
  readonly groupRegion: Int32Array
  readonly groupKind: Int32Array
}

/** Where the rows of new columns come from: a page's summary, or a page's rows of the old columns. */
type Part = { summary: IdentifiedSummary } | { old: number }

/** Interns values into a table, handing out dense indices. */
class Interner<T> {
  readonly index = new Map<T, number>()
  readonly table: T[] = []
  of(v: T): number {
    let i = this.index.get(v)
    if (i === undefined) {
      i = this.table.length
      this.index.set(v, i)
      this.table.push(v)
    }
    return i
  }
}

/** Maps a summary's dictionary indices to table indices. */
function dictMap<T>(table: readonly T[], interner: Interner<T>): Int32Array {
  return Int32Array.from(table, (v) => interner.of(v))
}

function build(parts: readonly Part[], old: ReportColumns | null, generation: number): ReportColumns {
  let n = 0
  for (const p of parts) n += 'summary' in p ? p.summary.n : old!.pageStart[p.old + 1] - old!.pageStart[p.old]
  const year = new Int32Array(n)
  const yearIndex = new Int32Array(n)
  const region = new Int32Array(n)
  const kind = new Int32Array(n)
  const office = new Int32Array(n)
  const batchId = new Int32Array(n)
  const published = new Int32Array(n)
  const page = new Int32Array(n)
  const slot = new Int32Array(n)
  const pages = new Int32Array(parts.length)
  const pageStart = new Int32Array(parts.length + 1)
  const regions = new Interner<string | null>()
  const kinds = new Interner<OfficeKind>()
  const offices = new Interner<string>()
  const years = new Interner<number>()
  const dates = new Interner<string | null>()

  // A column is Float64 when any part's is (a summary's `wide`, or the old Float64 column).
  const usesOld = parts.some((p) => 'old' in p)
  const wide = Array.from(
    { length: INPUT_COUNT },
    (_, c) =>
      parts.some((p) => 'summary' in p && p.summary.wide?.[c] !== undefined) ||
      (usesOld && old!.inputs[c] instanceof Float64Array),
  )
  const inputs: NumberColumn[] = wide.map((w) => (w ? new Float64Array(n) : new Int32Array(n)))

  // Old table index → new one, interned on first use in row order (so a patch numbers everything
  // as a build from scratch would; entries no kept row uses drop out).
  const fresh = (t: readonly unknown[]) => new Int32Array(t.length).fill(-1)
  const oldOffice = fresh(old?.offices ?? [])
  const oldRegion = fresh(old?.regions ?? [])
  const oldKind = fresh(old?.kinds ?? [])
  const oldYear = fresh(old?.years ?? [])
  const oldDate = fresh(old?.publishedDates ?? [])
  let at = 0
  parts.forEach((p, k) => {
    pageStart[k] = at
    if ('old' in p) {
      const o = old!
      const from = o.pageStart[p.old]
      const to = o.pageStart[p.old + 1]
      pages[k] = o.pages[p.old]
      for (let i = from, j = at; i < to; i++, j++) {
        const a = o.office[i]
        const b = o.region[i]
        const c = o.kind[i]
        const d = o.yearIndex[i]
        const e = o.published[i]
        office[j] = oldOffice[a] >= 0 ? oldOffice[a] : (oldOffice[a] = offices.of(o.offices[a]))
        region[j] = oldRegion[b] >= 0 ? oldRegion[b] : (oldRegion[b] = regions.of(o.regions[b]))
        kind[j] = oldKind[c] >= 0 ? oldKind[c] : (oldKind[c] = kinds.of(o.kinds[c]))
        yearIndex[j] = oldYear[d] >= 0 ? oldYear[d] : (oldYear[d] = years.of(o.years[d]))
        published[j] = oldDate[e] >= 0 ? oldDate[e] : (oldDate[e] = dates.of(o.publishedDates[e]))
      }
      year.set(old!.year.subarray(from, to), at)
      batchId.set(old!.batchId.subarray(from, to), at)
      page.set(old!.page.subarray(from, to), at)
      slot.set(old!.slot.subarray(from, to), at)
      for (let c = 0; c < INPUT_COUNT; c++) copyColumn(old!.inputs[c].subarray(from, to), inputs[c], at)
      at += to - from
      return
    }
    const s = p.summary
    pages[k] = s.id
    const officeOf = dictMap(s.office.table, offices)
    const regionOf = dictMap(s.region.table, regions)
    const kindOf = dictMap(s.officeKind.table, kinds)
    const dateOf = dictMap(s.publishedAt.table, dates)
    for (let i = 0, j = at; i < s.n; i++, j++) {
      office[j] = officeOf[s.office.index[i]]
      region[j] = regionOf[s.region.index[i]]
      kind[j] = kindOf[s.officeKind.index[i]]
      published[j] = dateOf[s.publishedAt.index[i]]
      yearIndex[j] = years.of(s.year[i])
      page[j] = s.id
      slot[j] = i
    }
    year.set(s.year, at)
    batchId.set(s.batchId, at)
    for (let c = 0; c < INPUT_COUNT; c++)
      copyColumn(s.wide?.[c] ?? s.inputs.subarray(c * s.n, (c + 1) * s.n), inputs[c], at)
    at += s.n
  })
  pageStart[parts.length] = at

  // Years in ascending order, so a year's index orders the overview's per-year figures.
  const sortedYears = [...years.table].sort((a, b) => a - b)
  const remap = Int32Array.from(years.table, (y) => sortedYears.indexOf(y))
  for (let i = 0; i < n; i++) yearIndex[i] = remap[yearIndex[i]]

  // Grid cells numbered in order of first use, through a dense table of every year × region × kind.
  const group = new Int32Array(n)
  const nRegions = regions.table.length
  const nKinds = kinds.table.length
  const groupOf = new Int32Array(sortedYears.length * nRegions * nKinds).fill(-1)
  const cells: number[] = []
  for (let i = 0; i < n; i++) {
    const c = (yearIndex[i] * nRegions + region[i]) * nKinds + kind[i]
    let g = groupOf[c]
    if (g < 0) {
      g = groupOf[c] = cells.length
      cells.push(c)
    }
    group[i] = g
  }
  const cell = Int32Array.from(cells)

  return {
    n,
    generation,
    year,
    yearIndex,
    years: sortedYears,
    region,
    regions: regions.table,
    kind,
    kinds: kinds.table,
    office,
    offices: offices.table,
    officeIndex: offices.index,
    batchId,
    published,
    publishedDates: dates.table,
    page,
    slot,
    pages,
    pageStart,
    inputs,
    sumNum: SUM_KEYS.map((_, k) => inputs[SUM_NUMERATOR[k]]),
    sumDen: SUM_KEYS.map((_, k) => (SUM_DENOMINATOR[k] < 0 ? null : inputs[SUM_DENOMINATOR[k]])),
    outcomes: OUTCOME_ROWS.map((_, j) => inputs[outcomeInput(j)]),
    group,
    groupYear: cell.map((c) => Math.floor(c / (nRegions * nKinds))),
    groupRegion: cell.map((c) => Math.floor(c / nKinds) % nRegions),
    groupKind: cell.map((c) => c % nKinds),
  }
}

/** Copy a column's values to `target` at `at`, converting Int32 (BLANK) to Float64 (NaN) if needed. */
function copyColumn(source: NumberColumn, target: NumberColumn, at: number): void {
  if (source instanceof Int32Array && target instanceof Float64Array) {
    for (let i = 0; i < source.length; i++) target[at + i] = source[i] === BLANK ? NaN : source[i]
  } else target.set(source, at)
}

/** The columns of every stored page, from their summaries (ascending by id, as IndexedDB returns them). */
export function columnsOfPages(summaries: readonly IdentifiedSummary[], generation: number): ReportColumns {
  const sorted = [...summaries].sort((a, b) => a.id - b.id)
  return build(
    sorted.map((summary) => ({ summary })),
    null,
    generation,
  )
}

/** What a change of stored pages did (db/pages.ts PageChange has this shape). */
export interface ColumnPatch {
  generation: number
  /** Pages deleted or rewritten. */
  removed: readonly number[]
  /** Summaries of the pages written. */
  written: readonly IdentifiedSummary[]
}

/** The columns after a change: the pages it removed or rewrote drop out, the pages it wrote come in. */
export function patchColumns(cols: ReportColumns, patch: ColumnPatch): ReportColumns {
  const removed = new Set(patch.removed)
  const written = new Map(patch.written.map((s) => [s.id, s]))
  const parts: (Part & { id: number })[] = []
  cols.pages.forEach((id, k) => {
    if (!removed.has(id) && !written.has(id)) parts.push({ old: k, id })
  })
  for (const [id, summary] of written) parts.push({ summary, id })
  parts.sort((a, b) => a.id - b.id)
  return build(parts, cols, patch.generation)
}

const cache = new WeakMap<readonly ReportRecord[], ReportColumns>()

/**
 * The column store of records held in memory (tests, a report set built in code), as if they were
 * one stored page (page 0). Built on first use and cached for that array, which must not change.
 */
export function reportColumns(reports: readonly ReportRecord[]): ReportColumns {
  let cols = cache.get(reports)
  if (!cols) cache.set(reports, (cols = columnsOfPages([{ id: 0, ...summarize(reports) }], 0)))
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
export function flags<T>(table: readonly T[], test: (v: T, i: number) => boolean): Uint8Array {
  const out = new Uint8Array(table.length)
  for (let i = 0; i < table.length; i++) out[i] = test(table[i], i) ? 1 : 0
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
 * `filters.ts matcher` would keep. Do not modify the result (with no filter it is shared).
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

/** The indices (ascending) of the reports whose office passes `keep` (one test per distinct office). */
export function selectOffices(cols: ReportColumns, keep: (office: string) => boolean): Int32Array {
  const keepOffice = flags(cols.offices, keep)
  const out = new Int32Array(cols.n)
  let count = 0
  for (let i = 0; i < cols.n; i++) if (keepOffice[cols.office[i]]) out[count++] = i
  return out.slice(0, count)
}

export interface OfficeRows {
  /** Rows of office o: rows[start[o]] … rows[start[o + 1] − 1], ascending. */
  readonly start: Int32Array
  readonly rows: Int32Array
}

const officeRowsCache = new WeakMap<ReportColumns, OfficeRows>()

/** Each office's rows (a counting sort of `office`), built once per columns. */
export function officeRows(cols: ReportColumns): OfficeRows {
  let index = officeRowsCache.get(cols)
  if (index) return index
  const start = new Int32Array(cols.offices.length + 1)
  for (let i = 0; i < cols.n; i++) start[cols.office[i] + 1]++
  for (let o = 0; o < cols.offices.length; o++) start[o + 1] += start[o]
  const fill = start.slice(0, cols.offices.length)
  const rows = new Int32Array(cols.n)
  for (let i = 0; i < cols.n; i++) rows[fill[cols.office[i]]++] = i
  officeRowsCache.set(cols, (index = { start, rows }))
  return index
}

/**
 * The rows of one office, oldest year first (empty when it has none). Storage order is not year
 * order: a replaced report is rewritten onto a new page, and a file keeps its own order.
 */
export function rowsOfOffice(cols: ReportColumns, name: string): Int32Array {
  const o = cols.officeIndex.get(name)
  if (o === undefined) return new Int32Array(0)
  const { start, rows } = officeRows(cols)
  return rows.slice(start[o], start[o + 1]).sort((a, b) => cols.year[a] - cols.year[b])
}

/** The row of (office, year), or −1 (no array made: an import asks this for every report of a file). */
export function rowOf(cols: ReportColumns, office: string, year: number): number {
  const o = cols.officeIndex.get(office)
  if (o === undefined) return -1
  const { start, rows } = officeRows(cols)
  for (let k = start[o]; k < start[o + 1]; k++) if (cols.year[rows[k]] === year) return rows[k]
  return -1
}

/** The regions of the stored reports, by name in Chinese order (blank regions left out). */
export function regionNames(cols: ReportColumns): string[] {
  return cols.regions.filter((r): r is string => Boolean(r)).sort(compareZh)
}

/** Each office's years with a report, oldest first (every office of the columns, in their order). */
export function officeYears(cols: ReportColumns): Map<string, number[]> {
  const { start, rows } = officeRows(cols)
  const years = new Map<string, number[]>()
  cols.offices.forEach((name, o) =>
    years.set(
      name,
      Array.from(rows.subarray(start[o], start[o + 1]), (i) => cols.year[i]).sort((a, b) => a - b),
    ),
  )
  return years
}

/**
 * The offices (or regions) of `rows`, each once, in Chinese order; a blank region is named
 * `blankRegion`. One test per table entry, not per row.
 */
export function entityNames(
  cols: ReportColumns,
  rows: ArrayLike<number>,
  level: EntityLevel,
  blankRegion: string,
): string[] {
  const byOffice = level === 'office'
  const seen = new Uint8Array(byOffice ? cols.offices.length : cols.regions.length)
  for (let j = 0; j < rows.length; j++) seen[byOffice ? cols.office[rows[j]] : cols.region[rows[j]]] = 1
  const names = new Set<string>()
  seen.forEach((s, n) => {
    if (s) names.add(byOffice ? cols.offices[n] : (cols.regions[n] ?? blankRegion))
  })
  return [...names].sort(compareZh)
}

/** The newest year with reports among `rows` (default all; null without any). */
export function newestYear(cols: ReportColumns, rows?: ArrayLike<number>): number | null {
  if (!rows) return cols.years.length ? cols.years[cols.years.length - 1] : null
  let newest: number | null = null
  for (let j = 0; j < rows.length; j++) {
    const y = cols.year[rows[j]]
    if (newest === null || y > newest) newest = y
  }
  return newest
}
