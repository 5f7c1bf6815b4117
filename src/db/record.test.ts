import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cellsFor, setCell } from '../domain/cells'
import { canonicalReport } from '../domain/report'
import { generateProvince } from '../demo/generate'
import { diffReports } from '../domain/diff'
import { diffRecords, reportOf, numericCells, storedRecord, toRecord, fromRecord } from './record'

const province = generateProvince(40, 7)

describe('compact stored records', () => {
  it('a record gives back exactly the canonical report, for both formats', () => {
    expect(new Set(province.map((r) => r.template))).toEqual(new Set(['2019', '2021']))
    for (const r of province) {
      const record = storedRecord(toRecord(r), 3, 'a.csv')
      expect(record.cells).toBeInstanceOf(Float64Array)
      expect(record.cells.length).toBe(numericCells(r.template).length)
      const back = fromRecord(record)
      expect(back).toEqual({ ...canonicalReport(r), batchId: 3, sourceFile: 'a.csv' })
      // Same key order as canonical JSON, so exports and backups read the same as before.
      expect(JSON.stringify(back)).toBe(JSON.stringify({ ...canonicalReport(r), batchId: 3, sourceFile: 'a.csv' }))
    }
  })

  it('keeps blanks as blanks (never 0), zeros as zeros, text cells, narrative, the parts found and large integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: province.length - 1 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: 999_999_999_999_999 })),
          ),
          { maxLength: 30 },
        ),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        (index, edits, amountText, overview) => {
          const r = structuredClone(province[index])
          const cells = cellsFor(r.template).filter((c) => c.kind !== 'text')
          for (const [at, value] of edits) setCell(r, cells[at % cells.length], value)
          if (amountText !== undefined && r.template === '2019')
            setCell(
              r,
              cellsFor('2019').find((c) => c.kind === 'text')!,
              amountText,
            )
          if (overview !== undefined) {
            r.narrative = { overview }
            r.sections = { other: 0, overview: overview.length }
          }
          const back = fromRecord(structuredClone(storedRecord(toRecord(r), 1, 'x.json')))
          expect(back).toEqual({ ...canonicalReport(r), batchId: 1, sourceFile: 'x.json' })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('refuses a record whose cells do not match its format (a corrupt row is an error, not a shifted table)', () => {
    const record = toRecord(province[0])
    expect(() => reportOf({ ...record, cells: record.cells.subarray(1) })).toThrow('单元格数不对')
  })

  it('diffs two records exactly as the full reports diff (what the import preview lists)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: province.length - 1 }),
        fc.integer({ min: 0, max: province.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constant(null), fc.nat())), { maxLength: 10 }),
        fc.boolean(),
        (i, j, edits, sameOffice) => {
          const before = structuredClone(province[i])
          const after = structuredClone(sameOffice ? province[i] : province[j])
          const cells = cellsFor(after.template).filter((c) => c.kind !== 'text')
          for (const [at, value] of edits) setCell(after, cells[at % cells.length], value)
          if (edits.length % 3 === 1) after.narrative = { other: '改' }
          const expected = diffReports(canonicalReport(before), canonicalReport(after))
          expect(diffRecords(toRecord(before), toRecord(after))).toEqual(expected)
        },
      ),
      { numRuns: 200 },
    )
  })
})
