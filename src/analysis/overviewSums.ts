/**
 * The sums the overview is drawn from, per year: reports, every metric sum (numerator,
 * denominator, reports included) and every outcome row (Σ, reports with a number); per region the
 * requests received; the number of distinct offices.
 *
 * Two ways to the same sums: over selected report indices (any filter), or — when the filters
 * select whole year × region × kind cells (no name search) — from sums kept per cell, built once
 * per column store. The second costs the same for 1,000 or 100,000 reports. Sums are added in a
 * different order than report by report; the counts in reports are integers, whose sums are exact.
 */
import { SUM_KEYS } from '../domain/metrics'
import { isBlank } from '../domain/summary'
import { OUTCOME_ROWS, type ReportColumns } from './columns'

const SLOTS = SUM_KEYS.length
const ROWS = OUTCOME_ROWS.length

/** Layout of one row of sums. */
export const AT_REPORTS = 0
/** Slot k of SUM_KEYS: numerator at slotAt(k), denominator +1, reports included +2. */
export const slotAt = (k: number) => 1 + 3 * k
/** Outcome row j of OUTCOME_ROWS: Σ at outcomeAt(j), reports with a number +1. */
export const outcomeAt = (j: number) => 1 + 3 * SLOTS + 2 * j
export const WIDTH = 1 + 3 * SLOTS + 2 * ROWS

const VOLUME = SUM_KEYS.indexOf('volume')

export interface SelectionSums {
  reports: number
  offices: number
  /** cols.years.length rows of WIDTH. */
  byYear: Float64Array
  /** Per region table entry: Σ requests received, and reports that printed the number. */
  regionReceived: Float64Array
  regionCount: Float64Array
}

/** Adds report i to the row of `acc` starting at `base`. */
function addReport(cols: ReportColumns, i: number, acc: Float64Array, base: number): void {
  acc[base + AT_REPORTS]++
  for (let k = 0; k < SLOTS; k++) {
    const v = cols.sumNum[k][i]
    if (isBlank(v)) continue // skipped for this sum, as metrics.ts's add() would
    const den = cols.sumDen[k]
    const d = den ? den[i] : 0
    if (isBlank(d)) continue
    const at = base + slotAt(k)
    acc[at] += v
    acc[at + 1] += d
    acc[at + 2]++
  }
  for (let j = 0; j < ROWS; j++) {
    const v = cols.outcomes[j][i]
    if (isBlank(v)) continue
    const at = base + outcomeAt(j)
    acc[at] += v
    acc[at + 1]++
  }
}

/** The sums over selected report indices. */
export function sumsOfIndices(cols: ReportColumns, sel: Int32Array): SelectionSums {
  const byYear = new Float64Array(cols.years.length * WIDTH)
  const regionReceived = new Float64Array(cols.regions.length)
  const regionCount = new Float64Array(cols.regions.length)
  const seen = new Uint8Array(cols.offices.length)
  const received = cols.sumNum[VOLUME]
  let offices = 0
  for (let j = 0; j < sel.length; j++) {
    const i = sel[j]
    addReport(cols, i, byYear, cols.yearIndex[i] * WIDTH)
    const v = received[i]
    if (!isBlank(v)) {
      regionReceived[cols.region[i]] += v
      regionCount[cols.region[i]]++
    }
    const o = cols.office[i]
    if (!seen[o]) {
      seen[o] = 1
      offices++
    }
  }
  return { reports: sel.length, offices, byYear, regionReceived, regionCount }
}

interface GroupSums {
  /** One row of WIDTH per cell of the year × region × kind grid. */
  rows: Float64Array
  /** Offices of each cell's reports: groupOffices[start[g] … start[g + 1]). */
  start: Int32Array
  groupOffices: Int32Array
}

const groupCache = new WeakMap<ReportColumns, GroupSums>()

function groupSums(cols: ReportColumns): GroupSums {
  let sums = groupCache.get(cols)
  if (sums) return sums
  const nGroups = cols.groupYear.length
  const rows = new Float64Array(nGroups * WIDTH)
  const start = new Int32Array(nGroups + 1)
  for (let i = 0; i < cols.n; i++) {
    addReport(cols, i, rows, cols.group[i] * WIDTH)
    start[cols.group[i] + 1]++
  }
  for (let g = 0; g < nGroups; g++) start[g + 1] += start[g]
  const fill = start.slice(0, nGroups)
  const groupOffices = new Int32Array(cols.n)
  for (let i = 0; i < cols.n; i++) groupOffices[fill[cols.group[i]]++] = cols.office[i]
  sums = { rows, start, groupOffices }
  groupCache.set(cols, sums)
  return sums
}

/** The sums over the reports of the selected year × region × kind cells (see selectGroups). */
export function sumsOfGroups(cols: ReportColumns, keep: Uint8Array): SelectionSums {
  const { rows, start, groupOffices } = groupSums(cols)
  const byYear = new Float64Array(cols.years.length * WIDTH)
  const regionReceived = new Float64Array(cols.regions.length)
  const regionCount = new Float64Array(cols.regions.length)
  const seen = new Uint8Array(cols.offices.length)
  let reports = 0
  let offices = 0
  const received = slotAt(VOLUME)
  for (let g = 0; g < keep.length; g++) {
    if (!keep[g]) continue
    const from = g * WIDTH
    const to = cols.groupYear[g] * WIDTH
    for (let x = 0; x < WIDTH; x++) byYear[to + x] += rows[from + x]
    reports += rows[from + AT_REPORTS]
    regionReceived[cols.groupRegion[g]] += rows[from + received]
    regionCount[cols.groupRegion[g]] += rows[from + received + 2]
    for (let j = start[g]; j < start[g + 1]; j++) {
      const o = groupOffices[j]
      if (!seen[o]) {
        seen[o] = 1
        offices++
      }
    }
  }
  return { reports, offices, byYear, regionReceived, regionCount }
}
