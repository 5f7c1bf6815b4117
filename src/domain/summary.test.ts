import { describe, expect, it } from 'vitest'
import { generateProvince } from '../demo/generate'
import { CELL_BY_PATH } from './cells'
import { QUANTITIES, reportQuantities } from './metrics'
import { cellNumber, formatLayout, recordOf } from './record'
import { INPUT_COUNT, inputValue, isBlank, OUTCOME_ROWS, outcomeInput, summarize, summaryEntry, BLANK } from './summary'

const records = generateProvince(400, 21).map(recordOf)

/** What a report's input column c should hold, straight from its cells. */
function expected(r: (typeof records)[number], c: number): number {
  if (c < QUANTITIES.length) {
    const q = new Float64Array(QUANTITIES.length)
    reportQuantities(r, q)
    return q[c]
  }
  const row = OUTCOME_ROWS[c - QUANTITIES.length]
  return cellNumber(r, CELL_BY_PATH.get(`requests.${row.key}.total`)!) ?? NaN
}

describe('record summaries', () => {
  it('hold each report’s identity and every summed number, blank kept blank', () => {
    const withBlank = { ...records[3], cells: records[3].cells.slice() }
    withBlank.cells.fill(NaN, 0, 40)
    const input = [...records.slice(0, 3), withBlank, ...records.slice(4)]
    const s = summarize(input.map((r, i) => ({ ...r, batchId: 1 + (i % 4), sourceFile: `f${i % 3}.csv` })))
    expect(s.n).toBe(input.length)
    expect(s.wide).toBeUndefined()
    input.forEach((r, i) => {
      expect(summaryEntry(s, i)).toEqual({
        office: r.office,
        year: r.year,
        region: r.region,
        officeKind: r.officeKind,
        template: r.template,
        publishedAt: r.publishedAt,
        batchId: 1 + (i % 4),
        sourceFile: `f${i % 3}.csv`,
      })
      for (let c = 0; c < INPUT_COUNT; c++) expect(inputValue(s, c, i)).toBe(expected(r, c))
    })
    expect(Number.isNaN(inputValue(s, 0, 3))).toBe(true)
    // An office's years share one copy of its name.
    expect(s.office.table.length).toBe(new Set(input.map((r) => r.office)).size)
    expect(s.office.index).toBeInstanceOf(Uint16Array)
  })

  it('keeps a column as Float64 where a value does not fit Int32 — nothing is rounded', () => {
    const granted = CELL_BY_PATH.get('requests.granted.total')!
    const odd = records.slice(0, 5).map((r) => ({ ...r, cells: r.cells.slice() }))
    const set = (i: number, v: number) => (odd[i].cells[formatLayout(odd[i].template).slotOf[granted.index]] = v)
    set(2, 1.5)
    set(3, 3e9)
    const s = summarize(odd)
    const column = outcomeInput(OUTCOME_ROWS.findIndex((row) => row.key === 'granted'))
    expect(s.wide?.[column]).toBeInstanceOf(Float64Array)
    expect(Object.keys(s.wide!).map(Number)).toContain(column)
    expect(inputValue(s, column, 2)).toBe(1.5)
    expect(inputValue(s, column, 3)).toBe(3e9)
    expect(inputValue(s, column, 0)).toBe(expected(odd[0], column))
    // The column holds no Int32 copy of its own.
    expect([...s.inputs.subarray(column * s.n, (column + 1) * s.n)].every((v) => v === BLANK)).toBe(true)
  })

  it('isBlank: the Int32 stand-in, NaN and infinities; zero and negatives are numbers', () => {
    expect([BLANK, NaN, Infinity, -Infinity].map(isBlank)).toEqual([true, true, true, true])
    expect([0, -1, 2147483647, 1.5].map(isBlank)).toEqual([false, false, false, false])
  })
})
