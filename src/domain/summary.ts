/**
 * The resident part of stored reports: a summary of a set of records (a stored page of up to
 * 1,000, or any array in memory) holding only what the views read — each report's identity and
 * the numbers the views sum — not its 200-odd cells. 500,000 reports' cells as Float64 are
 * 824 MB; their summaries are about 160 bytes a report. The board keeps every page's summary in
 * memory (analysis/columns.ts concatenates them) and reads a report's full record from IndexedDB
 * only when one office is opened, reports are exported, an import collides, or the checks run.
 *
 * - Strings are dictionary-encoded (a table of distinct values and one small index per report):
 *   an office's five years share one copy of its name, and a page reads back fast.
 * - The numbers are the metric QUANTITIES (domain/metrics.ts) and the `total` cell of every
 *   outcome row of table 三, one column each, as Int32 with BLANK for a blank. A column of a
 *   summary where some value does not fit (a fraction, a count beyond 2³¹) is kept in `wide` as
 *   Float64 (NaN = blank) instead, so nothing is ever rounded.
 */
import { CELL_BY_PATH } from './cells'
import { QUANTITIES, reportQuantities } from './metrics'
import { REQUEST_ROWS, TEMPLATES, type OfficeKind, type RequestRowDef, type TemplateId } from './model'
import { formatLayout, type RecordIdentity, type ReportRecord } from './record'

/** The Int32 stand-in for a blank number. */
export const BLANK = -2147483648

/**
 * Is this summed value blank (or broken)? BLANK in an Int32 column, NaN or ±Infinity in a Float64
 * one — what metrics.ts's `add` skips. (A Float64 value of exactly −2³¹ reads as blank too; no
 * count is that.)
 */
export function isBlank(v: number): boolean {
  return v === BLANK || v - v !== 0
}

/** The outcome rows of table 三 (予以公开 … 其他), whose `total` column the overview breaks down. */
export const OUTCOME_ROWS: readonly RequestRowDef[] = REQUEST_ROWS.filter((r) => r.outcome)

/** The summed columns: the metric QUANTITIES, then one per OUTCOME_ROWS entry. */
export const INPUT_COUNT = QUANTITIES.length + OUTCOME_ROWS.length
/** Column of outcome row j. */
export const outcomeInput = (j: number) => QUANTITIES.length + j

// The slot of each outcome row's `total` cell per format (-1 where the format lacks the row: blank).
const OUTCOME_SLOTS = Object.fromEntries(
  TEMPLATES.map((t) => {
    const { slotOf } = formatLayout(t)
    return [t, Int32Array.from(OUTCOME_ROWS, (r) => slotOf[CELL_BY_PATH.get(`requests.${r.key}.total`)!.index])]
  }),
) as Record<TemplateId, Int32Array>

/** Indices into a table: Uint16 when the table is small enough (a stored page always is). */
export type IndexArray = Uint16Array | Int32Array

/** A dictionary-encoded column: the report's value is `table[index[i]]`. */
export interface DictColumn<T> {
  table: T[]
  index: IndexArray
}

/** What a record carries besides its identity when it is stored (db/record.ts StoredRecord). */
export interface Provenance {
  batchId: number
  sourceFile: string
}

export interface RecordSummary {
  /** Reports summarised; index i of every column is the i-th record. */
  n: number
  office: DictColumn<string>
  region: DictColumn<string | null>
  officeKind: DictColumn<OfficeKind>
  template: DictColumn<TemplateId>
  publishedAt: DictColumn<string | null>
  sourceFile: DictColumn<string>
  year: Int32Array
  batchId: Int32Array
  /** INPUT_COUNT columns of n, column c at [c·n, (c+1)·n); BLANK = blank. */
  inputs: Int32Array
  /** Columns whose values do not all fit Int32, as Float64 (NaN = blank); their `inputs` are BLANK. */
  wide?: Record<number, Float64Array>
}

function dict<T>(values: readonly T[]): DictColumn<T> {
  const at = new Map<T, number>()
  const table: T[] = []
  const index = new Int32Array(values.length)
  for (let i = 0; i < values.length; i++) {
    let k = at.get(values[i])
    if (k === undefined) {
      at.set(values[i], (k = table.length))
      table.push(values[i])
    }
    index[i] = k
  }
  return { table, index: table.length <= 0xffff ? Uint16Array.from(index) : index }
}

const fitsInt32 = (v: number) => Number.isInteger(v) && v > BLANK && v <= 0x7fffffff

/** The summary of records (in their order). Records without provenance get batch 0 and source ''. */
export function summarize(records: readonly (ReportRecord & Partial<Provenance>)[]): RecordSummary {
  const n = records.length
  const inputs = new Int32Array(INPUT_COUNT * n).fill(BLANK)
  let wide: Record<number, Float64Array> | undefined
  const q = new Float64Array(QUANTITIES.length)
  const values = new Float64Array(INPUT_COUNT)
  for (let i = 0; i < n; i++) {
    const r = records[i]
    reportQuantities(r, q)
    values.set(q)
    const slots = OUTCOME_SLOTS[r.template]
    for (let j = 0; j < slots.length; j++) values[outcomeInput(j)] = slots[j] < 0 ? NaN : r.cells[slots[j]]
    for (let c = 0; c < INPUT_COUNT; c++) {
      const v = values[c]
      const w = wide?.[c]
      if (w) w[i] = v
      else if (fitsInt32(v)) inputs[c * n + i] = v
      else if (v === v) {
        // The first value that does not fit: the whole column of this summary becomes Float64.
        wide ??= {}
        const column = (wide[c] = new Float64Array(n))
        for (let j = 0; j < i; j++) {
          const kept = inputs[c * n + j]
          column[j] = kept === BLANK ? NaN : kept
          inputs[c * n + j] = BLANK
        }
        column[i] = v
      }
    }
  }
  const summary: RecordSummary = {
    n,
    office: dict(records.map((r) => r.office)),
    region: dict(records.map((r) => r.region ?? null)),
    officeKind: dict(records.map((r) => r.officeKind)),
    template: dict(records.map((r) => r.template)),
    publishedAt: dict(records.map((r) => r.publishedAt ?? null)),
    sourceFile: dict(records.map((r) => r.sourceFile ?? '')),
    year: Int32Array.from(records, (r) => r.year),
    batchId: Int32Array.from(records, (r) => r.batchId ?? 0),
    inputs,
  }
  if (wide) summary.wide = wide
  return summary
}

/** Input column c of report i: the number, or NaN when blank. */
export function inputValue(s: RecordSummary, c: number, i: number): number {
  const w = s.wide?.[c]
  if (w) return w[i]
  const v = s.inputs[c * s.n + i]
  return v === BLANK ? NaN : v
}

const at = <T>(d: DictColumn<T>, i: number): T => d.table[d.index[i]]

/** The identity and provenance of report i of a summary. */
export function summaryEntry(s: RecordSummary, i: number): RecordIdentity & { batchId: number; sourceFile: string } {
  return {
    office: at(s.office, i),
    region: at(s.region, i),
    officeKind: at(s.officeKind, i),
    year: s.year[i],
    template: at(s.template, i),
    publishedAt: at(s.publishedAt, i),
    batchId: s.batchId[i],
    sourceFile: at(s.sourceFile, i),
  }
}
